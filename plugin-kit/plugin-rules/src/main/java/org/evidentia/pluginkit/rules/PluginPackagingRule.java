package org.evidentia.pluginkit.rules;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.enforcer.rule.api.EnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.enforcer.rule.api.EnforcerRuleHelper;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;

/**
 * The maven-enforcer-plugin rule that fails the build of a plugin whose zip would not work in the
 * host (see {@link PluginPackaging}). It needs compiled classes and resolved dependencies, so
 * evidentia-plugin-parent runs it in the {@code prepare-package} phase:
 *
 * <pre>{@code
 * <rules><evidentiaPluginPackaging implementation="org.evidentia.pluginkit.rules.PluginPackagingRule"/></rules>
 * }</pre>
 *
 * <p>It is made by class name (enforcer's {@code implementation} attribute) and reads the project
 * through the helper, which works the same whether the rule's jar comes from the reactor or from a
 * local repository.
 */
public final class PluginPackagingRule implements EnforcerRule {

    @Override
    public void execute(EnforcerRuleHelper helper) throws EnforcerRuleException {
        MavenProject project;
        try {
            project = (MavenProject) helper.evaluate("${project}");
        } catch (ExpressionEvaluationException e) {
            throw new EnforcerRuleException("cannot read the project being built: " + e.getMessage(), e);
        }
        List<PluginPackaging.Library> libraries = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            String scope = artifact.getScope();
            if (Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_RUNTIME.equals(scope)) {
                File file = artifact.getFile();
                libraries.add(new PluginPackaging.Library(
                        artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion(),
                        artifact.getGroupId(), artifact.getArtifactId(),
                        artifact.getDependencyTrail() == null ? List.of() : artifact.getDependencyTrail(),
                        file == null ? null : file.toPath()));
            }
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<String> problems = new ArrayList<>(PluginPackaging.descriptorProblems(
                Path.of(project.getBuild().getDirectory(), "plugin", PluginDescriptorRules.DESCRIPTOR)));
        problems.addAll(PluginPackaging.problems(classes, libraries));
        String name = PluginPackaging.pluginName(writtenId(
                Path.of(project.getBuild().getDirectory(), "plugin", PluginDescriptorRules.DESCRIPTOR)), project.getArtifactId());
        if (!problems.isEmpty()) {
            throw new EnforcerRuleException("The plugin " + name + " cannot be packaged as it is:\n  - "
                    + String.join("\n  - ", problems));
        }
        for (String warning : PluginPackaging.warnings(classes)) {
            helper.getLog().warn("Plugin " + name + ": " + warning);
        }
    }

    /** The plugin.id the build wrote (a -Dplugin.id included), or null when it cannot be read. */
    private static String writtenId(Path descriptor) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(descriptor, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            properties.load(in);
            return properties.getProperty("plugin.id");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean isCacheable() {
        return false;
    }

    @Override
    public boolean isResultValid(EnforcerRule cachedRule) {
        return false;
    }

    @Override
    public String getCacheId() {
        return "";
    }
}
