package org.evidentia.pluginkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The rules a plugin's {@code plugin.properties} is held to, and the words that say one is broken:
 * one place for the packaging check (a plugin's build), {@code plugins install} and the host's
 * screening of the plugins folder, so that a plugin whose build passes is never refused for its
 * descriptor where it is installed. Stateless and thread-safe.
 */
public final class PluginDescriptorRules {

    /** The descriptor's file name, at the top of a plugin's zip. */
    public static final String DESCRIPTOR = "plugin.properties";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private PluginDescriptorRules() {
    }

    /** Whether {@code id} (not null) is a plugin id: letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit. */
    public static boolean isPluginId(String id) {
        return ID.matcher(id.strip()).matches();
    }

    /**
     * What is wrong with a descriptor's id, version and requires, one clause each, in the order of
     * the descriptor's fields; empty when nothing is. Whether {@code requires} admits a given
     * Evidentia is not a rule of the descriptor: install refuses a plugin it does not admit, the host
     * lists it as not usable.
     *
     * @param id       {@code plugin.id} as written; null or blank when absent
     * @param version  {@code plugin.version} as written; null or blank when absent
     * @param requires {@code plugin.requires} as written; null or blank (or {@code *}) for any
     */
    public static List<String> problems(String id, String version, String requires) {
        List<String> problems = new ArrayList<>();
        idProblem(id).ifPresent(problems::add);
        versionProblem(version).ifPresent(problems::add);
        requiresProblem(requires).ifPresent(problems::add);
        return problems;
    }

    /** What is wrong with {@code plugin.id} as written (null or blank when absent), if anything. */
    public static Optional<String> idProblem(String id) {
        String plain = id == null ? "" : id.strip();
        if (plain.isEmpty()) {
            return Optional.of(DESCRIPTOR + " has no plugin.id");
        }
        return isPluginId(plain) ? Optional.empty()
                : Optional.of("plugin.id '" + plain + "' is not an id: expected letters, digits, '.', '_' and '-', such as my-plugin");
    }

    /** What is wrong with {@code plugin.version} as written (null or blank when absent), if anything. */
    public static Optional<String> versionProblem(String version) {
        String plain = version == null ? "" : version.strip();
        if (plain.isEmpty()) {
            return Optional.of(DESCRIPTOR + " has no plugin.version");
        }
        try {
            VERSIONS.compareVersions(plain, "0.0.0");
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("plugin.version '" + plain + "' is not a version: expected MAJOR.MINOR.PATCH such as 1.0.0");
        }
    }

    /** What is wrong with {@code plugin.requires} as written (null, blank or {@code *} for any Evidentia), if anything. */
    public static Optional<String> requiresProblem(String requires) {
        String plain = requires == null ? "" : requires.strip();
        if (plain.isEmpty() || plain.equals("*")) {
            return Optional.empty();
        }
        try {
            VERSIONS.checkVersionConstraint("0.0.0", plain);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("plugin.requires '" + plain + "' is not a version constraint: expected e.g. '>=0.1.0' or"
                    + " '>=0.1.0 & <1.0.0'");
        }
    }
}
