package org.evidentia.runtime.host;

import org.evidentia.pluginkit.rules.PluginDescriptorRules;

/**
 * The words that say a plugin's extensions index breaks a rule, and where its files are: one place,
 * for {@code plugins install} ({@link PluginInstaller}) and for the host's screening of the plugins
 * folder ({@link PluginHost}), so that a zip copied into the folder by hand is held to what installing
 * it would be, in the same words. The descriptor's rules are {@link PluginDescriptorRules}, which the
 * packaging check applies too.
 */
final class PluginRules {

    static final String DESCRIPTOR = PluginDescriptorRules.DESCRIPTOR;

    /** Where a plugin's classes name their extensions for PF4J, in the plugin's folder (and zip). */
    static final String INDEX = "classes/META-INF/extensions.idx";

    /**
     * What to do about an extensions index that names no extension, as the packaging check
     * ({@code evidentiaPluginPackaging} of evidentia-plugin-rules) says it when the build fails for it.
     */
    static final String NO_EXTENSION_REMEDY = "Annotate each extension class with @org.pf4j.Extension and compile with the"
            + " annotation processor org.pf4j.processor.ExtensionAnnotationProcessor (evidentia-plugin-parent names it; do not"
            + " set <proc>none</proc> for main code; built by hand, put the pf4j jar on javac's class path, and from JDK 23 on add"
            + " -proc:full: docs/plugin-guide.md, \"The zip by hand\").";

    private PluginRules() {
    }

    /** That an extensions index names no extension, and what to do, as the packaging check says it. */
    static String namesNoExtension(String index) {
        return index + " names no extension, so PF4J would find none in this plugin. " + NO_EXTENSION_REMEDY;
    }

    /** That a plugin has no extensions index, and what to do, as the packaging check says it. */
    static String hasNoIndex(String index) {
        return "it has no " + index + ", so PF4J would find no extension in this plugin. " + NO_EXTENSION_REMEDY;
    }
}
