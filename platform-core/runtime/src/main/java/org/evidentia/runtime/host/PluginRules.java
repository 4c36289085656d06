package org.evidentia.runtime.host;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pf4j.VersionManager;

/**
 * The rules a plugin's {@code plugin.properties} and extensions index are held to, and the words
 * that say a rule is broken: one place, for {@code plugins install} ({@link PluginInstaller}) and
 * for the host's screening of the plugins folder ({@link PluginHost}), so that a zip copied into the
 * folder by hand is held to what installing it would be, in the same words.
 */
final class PluginRules {

    static final String DESCRIPTOR = "plugin.properties";

    /** Where a plugin's classes name their extensions for PF4J, in the plugin's folder (and zip). */
    static final String INDEX = "classes/META-INF/extensions.idx";

    /**
     * What to do about an extensions index that names no extension, as the packaging check
     * ({@code evidentiaPluginPackaging} of evidentia-plugin-rules) says it when the build fails for it.
     */
    static final String NO_EXTENSION_REMEDY = "Annotate each extension class with @org.pf4j.Extension and compile with the"
            + " annotation processor org.pf4j.processor.ExtensionAnnotationProcessor (evidentia-plugin-parent names it; do not"
            + " set <proc>none</proc> for main code).";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PluginRules() {
    }

    /** Whether {@code id} is a plugin id as the descriptor rules have it. */
    static boolean isPluginId(String id) {
        return ID.matcher(id.strip()).matches();
    }

    /**
     * What is wrong with a descriptor's id, version and requires, one clause each, in the order of
     * the descriptor's fields; empty when nothing is. Whether {@code requires} admits this Evidentia
     * is not a rule of the descriptor: install refuses a plugin it does not admit, the host lists it
     * as not usable.
     *
     * @param id       {@code plugin.id} as written; null or blank when absent
     * @param version  {@code plugin.version} as written; null or blank when absent
     * @param requires {@code plugin.requires} as written; null or blank (or {@code *}) for any
     */
    static List<String> descriptorProblems(String id, String version, String requires, VersionManager versions) {
        List<String> problems = new ArrayList<>();
        String plainId = id == null ? "" : id.strip();
        if (plainId.isEmpty()) {
            problems.add(DESCRIPTOR + " has no plugin.id");
        } else if (!ID.matcher(plainId).matches()) {
            problems.add("plugin.id '" + plainId + "' is not an id: expected letters, digits, '.', '_' and '-', such as my-plugin");
        }
        String plainVersion = version == null ? "" : version.strip();
        if (plainVersion.isEmpty()) {
            problems.add(DESCRIPTOR + " has no plugin.version");
        } else {
            try {
                versions.compareVersions(plainVersion, "0.0.0");
            } catch (RuntimeException e) {
                problems.add("plugin.version '" + plainVersion + "' is not a version: expected MAJOR.MINOR.PATCH such as 1.0.0");
            }
        }
        String plainRequires = requires == null ? "" : requires.strip();
        if (!plainRequires.isEmpty() && !plainRequires.equals("*")) {
            try {
                versions.checkVersionConstraint("0.0.0", plainRequires);
            } catch (RuntimeException e) {
                problems.add("plugin.requires '" + plainRequires + "' is not a version constraint: expected e.g. '>=0.1.0' or"
                        + " '>=0.1.0 & <1.0.0'");
            }
        }
        return problems;
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
