package org.evidentia.runtime.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.runtime.engine.Fingerprints;
import org.evidentia.runtime.engine.RunRecorder.RunStart;
import org.evidentia.runtime.host.Artifact;

/**
 * How a run's configuration differs from that of the store's last run that applied inputs: its extractors (by the
 * kinds they find), their options (and the files they name, by SHA-256), the versions of Evidentia (without their build)
 * and of the extractors' plugins, and, under the same versions, the files that carry the rules (the text-mining kit's
 * jar, the extractors' plugin files), by SHA-256. A store keeps what each record's last extraction found, so a run under another configuration makes a store
 * whose records were extracted in two ways: the run says so, and with {@code --strict} is refused
 * ({@link StoreRunSettings#refusesConfigurationChanges}).
 */
final class ConfigurationChanges {

    private ConfigurationChanges() {
    }

    /**
     * The configuration of the store's last run that applied inputs, as its row of the runs table keeps it.
     *
     * @param runId        its number
     * @param extractors   the extractor of each finding kind, by kind
     * @param options      each extension's options, as JSON text by option
     * @param version      the Evidentia that ran it, with its build
     * @param plugins      its plugins
     * @param fingerprints the files that carried its rules, and those its options named
     */
    private record LastConfiguration(long runId, Map<String, String> extractors, Map<String, Map<String, String>> options,
                                     String version, List<PluginSummary> plugins, StoreJson.RunFingerprints fingerprints) {

        /** The store's last run that applied inputs; null when none did. */
        static LastConfiguration read(Connection db) throws SQLException, IOException {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT run_id, kinds, options, evidentia_version, plugins, fingerprints FROM runs"
                         + " WHERE files_applied > 0 ORDER BY run_id DESC LIMIT 1")) {
                if (!rs.next()) {
                    return null;
                }
                return new LastConfiguration(rs.getLong(1), StoreJson.kindExtractors(rs.getString(2)), StoreJson.options(rs.getString(3)),
                        rs.getString(4), rs.getString(5) == null ? List.of() : StoreJson.plugins(rs.getString(5)),
                        StoreJson.fingerprints(rs.getString(6)));
            }
        }
    }

    /**
     * Each difference between {@code run} and the store's last run that applied inputs, one sentence naming both; empty
     * when they agree, or for a store no run applied inputs to yet.
     */
    static List<String> since(Connection db, RunStart run) throws SQLException, IOException {
        LastConfiguration before = LastConfiguration.read(db);
        if (before == null) {
            return List.of();
        }
        Map<String, String> now = new LinkedHashMap<>();
        for (int i = 0; i < run.kinds().size(); i++) {
            now.put(run.kinds().get(i).name(), run.extractors().isEmpty() ? "" : run.extractors().get(i));
        }
        Set<String> names = new TreeSet<>(); // the extractors of either run
        before.extractors().values().stream().filter(n -> !n.isEmpty()).forEach(names::add);
        now.values().stream().filter(n -> !n.isEmpty()).forEach(names::add);
        String earlier = "the store's run " + before.runId() + " (the last that applied inputs)";
        List<String> changes = new ArrayList<>();
        extractorsChanged(before.extractors(), now, earlier).ifPresent(changes::add);
        optionsChanged(before, run, names, earlier).ifPresent(changes::add);
        rulesRebuilt(before, run, names, earlier).ifPresent(changes::add);
        versionsChanged(before, run, names, earlier).ifPresent(changes::add);
        return changes;
    }

    /** Whether the two runs found other kinds, or found them with other extractors; and what that does to the store. */
    private static Optional<String> extractorsChanged(Map<String, String> before, Map<String, String> now, String earlier) {
        if (before.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        List<String> lost = before.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<String> gained = now.keySet().stream().filter(k -> !before.containsKey(k)).toList();
        StringBuilder m = new StringBuilder("this run's extractors differ from those of " + earlier + ": it used " + extractors(before)
                + ", this run uses " + extractors(now) + ".");
        if (!lost.isEmpty()) {
            m.append(" Records this run adds or revises get no ").append(String.join(" or ", lost))
                    .append(" findings, and records it re-extracts lose theirs.");
        }
        if (!gained.isEmpty()) {
            m.append(" Only the records this run applies get ").append(String.join(" or ", gained)).append(" findings.");
        }
        m.append(" To keep one configuration, apply with the extractors of the store's earlier runs; to change it, apply every input"
                + " again with --force.");
        return Optional.of(m.toString());
    }

    /** The options of an extractor both runs used that differ, or that name a file whose bytes changed. */
    private static Optional<String> optionsChanged(LastConfiguration before, RunStart run, Set<String> names, String earlier) {
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            Map<String, String> was = before.options().get(name);
            Map<String, String> is = run.options().get(name);
            if (was == null || is == null) {
                continue; // an extractor of one run only is told by extractorsChanged
            }
            if (was.equals(is)) {
                differing.addAll(filesChanged(name, before.fingerprints().optionFiles(), run.optionFiles()));
                continue;
            }
            Set<String> keys = new TreeSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String key : keys) {
                if (!Objects.equals(was.get(key), is.get(key))) {
                    differing.add(name + "." + key + " was " + (was.get(key) == null ? "not set" : was.get(key)) + ", is "
                            + (is.get(key) == null ? "not set" : is.get(key)));
                }
            }
        }
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("this run's extractor options differ from those of " + earlier + ": " + String.join("; ", differing)
                + ". Records this run adds, revises or re-extracts are extracted with the new options, the others keep what the"
                + " old ones found; to change the whole store, apply every input again with --force.");
    }

    /** The files that carry the rules, built anew under the same versions ({@link #rebuilt}). */
    private static Optional<String> rulesRebuilt(LastConfiguration before, RunStart run, Set<String> names, String earlier) {
        List<String> rebuilt = rebuilt(before.version(), before.plugins(), before.fingerprints().fingerprints(), run, names);
        if (rebuilt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("this run's rules may differ from those of " + earlier + ", though the versions are the same: "
                + String.join("; ", rebuilt)
                + ". A rebuild that changed these files may have changed a rule: records this run adds, revises or re-extracts"
                + " may follow other rules than the others, which keep what the earlier build found; to extract the whole store"
                + " alike, apply every input again with --force, once without --strict (which refuses a run under another"
                + " configuration than the store's last: that run makes the change).");
    }

    /**
     * An upgrade, which changes the rules: the core's text-mining kit comes with Evidentia, an extractor with its plugin
     * (review 24, M5).
     */
    private static Optional<String> versionsChanged(LastConfiguration before, RunStart run, Set<String> names, String earlier) {
        List<String> upgraded = new ArrayList<>();
        // versions without their build (0.1.0+<commit>): a commit that changed no rule (the docs) is no upgrade, and one that
        // did is not told by its id either (review 31, M1); the run log keeps each run's build
        if (!withoutBuild(before.version()).equals(withoutBuild(run.evidentiaVersion()))) {
            upgraded.add("Evidentia (with its text-mining kit) was " + before.version() + ", is " + run.evidentiaVersion());
        }
        for (String extractor : names) {
            PluginSummary was = pluginOf(before.plugins(), extractor);
            PluginSummary is = pluginOf(run.plugins(), extractor);
            if (was != null && is != null && (!was.id().equals(is.id()) || !was.version().equals(is.version()))) {
                upgraded.add("extractor " + extractor + " was of plugin " + was.id() + " " + was.version() + ", is of " + is.id() + " "
                        + is.version());
            }
        }
        if (upgraded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("this run's versions differ from those of " + earlier + ": " + String.join("; ", upgraded) + ". Records this"
                + " run adds, revises or re-extracts are extracted by the new versions, the others keep what the old ones found;"
                + " to extract the whole store alike, apply every input again with --force, once without --strict (which refuses"
                + " a run under another configuration than the store's last: that run makes the change).");
    }

    /**
     * The files an extractor's options name that the run names as the earlier run did but whose bytes differ: a lexicon
     * edited in place (review 30, M1). A file either run could not read, or that the earlier run (of an earlier version)
     * did not hash, is not compared.
     */
    private static List<String> filesChanged(String extractor, List<RunSummary.OptionFile> before, List<RunSummary.OptionFile> now) {
        List<String> changed = new ArrayList<>();
        for (RunSummary.OptionFile is : now) {
            if (!is.extension().equals(extractor) || is.sha256() == null) {
                continue;
            }
            before.stream().filter(was -> was.extension().equals(is.extension()) && was.option().equals(is.option())
                            && was.path().equals(is.path()) && was.sha256() != null && !was.sha256().equals(is.sha256()))
                    .findFirst().ifPresent(was -> changed.add(extractor + "." + is.option() + " names " + is.path()
                            + " as before, but the file has changed (SHA-256 " + shortly(was.sha256()) + ", is " + shortly(is.sha256()) + ")"));
        }
        return changed;
    }

    /**
     * What carries the rules and was built anew under the same version (review 31, M1): the text-mining kit's jar while
     * Evidentia's version (without its build) is the same, and an extractor's plugin file while the plugin's id and version
     * are; each one clause, naming the file and both checksums. A file whose checksum either run does not know (a run of
     * an earlier version, an import of a job of an earlier version, a plugin folder put in by hand) is not compared, nor a
     * kit known by another file (a Spark job of an earlier version named its own jar; a job now names the kit's jar, as a
     * local run does: {@link org.evidentia.runtime.engine.Fingerprints#textMiningJar()}).
     */
    private static List<String> rebuilt(String beforeVersion, List<PluginSummary> beforePlugins, Fingerprints before, RunStart run,
                                        Set<String> extractors) {
        List<String> rebuilt = new ArrayList<>();
        // a kit known by another file (a job of an earlier version named its own jar, which holds the kit shaded with the rest)
        // has another checksum as a whole: only the same file is compared
        if (withoutBuild(beforeVersion).equals(withoutBuild(run.evidentiaVersion()))
                && differ(before.textMining(), run.fingerprints().textMining())
                && java.util.Objects.equals(before.textMining().file(), run.fingerprints().textMining().file())) {
            rebuilt.add("the text-mining kit, in which the bundled extractors' rules are, was built anew: its jar "
                    + run.fingerprints().textMining().file() + " of Evidentia " + withoutBuild(run.evidentiaVersion()) + " was SHA-256 "
                    + shortly(before.textMining().sha256()) + ", is " + shortly(run.fingerprints().textMining().sha256()));
        }
        for (String extractor : extractors) {
            PluginSummary was = pluginOf(beforePlugins, extractor);
            PluginSummary is = pluginOf(run.plugins(), extractor);
            if (was == null || is == null || !was.id().equals(is.id()) || !was.version().equals(is.version())) {
                continue; // another plugin or version: told as such
            }
            Artifact wasFile = before.plugins().get(was.id());
            Artifact isFile = run.fingerprints().plugins().get(is.id());
            if (differ(wasFile, isFile)) {
                rebuilt.add("plugin " + is.id() + " " + is.version() + " (extractor " + extractor + ") was built anew: "
                        + (wasFile.file().equals(isFile.file()) ? "its file " + isFile.file() : "its file, " + wasFile.file() + ", now "
                        + isFile.file() + ",") + " was SHA-256 " + shortly(wasFile.sha256()) + ", is " + shortly(isFile.sha256()));
            }
        }
        return rebuilt;
    }

    /** Whether both files are known by their checksums and these differ. */
    private static boolean differ(Artifact was, Artifact is) {
        return was != null && is != null && was.sha256() != null && is.sha256() != null && !was.sha256().equals(is.sha256());
    }

    /** The first 12 hex digits of a SHA-256, as a commit is named: enough to tell two files apart in a sentence. */
    private static String shortly(String sha256) {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
    }

    /** The plugin whose extensions include the extractor {@code name} (extension names are one namespace); null when none does. */
    private static PluginSummary pluginOf(List<PluginSummary> plugins, String name) {
        return plugins.stream().filter(p -> p.extensions().contains(name)).findFirst().orElse(null);
    }

    /** {@code cytokines (cytokine-change) and biomarkers (biomarker-change)}: extractors by the kinds they find. */
    private static String extractors(Map<String, String> byKind) {
        if (byKind.isEmpty()) {
            return "no extractor";
        }
        List<String> named = new ArrayList<>();
        byKind.forEach((kind, extractor) -> named.add(extractor.isEmpty() ? "the kind " + kind : extractor + " (" + kind + ")"));
        return named.size() == 1 ? named.get(0) : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /** {@code 0.1.0} of {@code 0.1.0+a024f949c3d1}: SemVer's build metadata is no part of a version's precedence. */
    private static String withoutBuild(String version) {
        int plus = version.indexOf('+');
        return plus < 0 ? version : version.substring(0, plus);
    }
}
