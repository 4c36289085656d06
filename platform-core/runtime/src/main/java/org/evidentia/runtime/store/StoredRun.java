package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.RecordedRun;
import org.evidentia.runtime.host.Artifact;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.text.RecordText;

/**
 * The store's records and findings as a recorded run: records in the order they were first added
 * (a revised record keeps its place), each with its findings in their order, and a summary that says
 * what the store is made of now. A store made by one run gives that run's summary (inputs, plugins,
 * options, counts, problems, notices, merged duplicates), so its reports are those of a plain run
 * over the same inputs. A store that was updated counts its records as they are now: the copies its
 * updates replaced (revised, superseded, deleted) are neither records read nor duplicates merged but
 * the update history, told in a notice ({@link #history()}); a record skipped by one input and brought
 * in by a later one is no longer skipped; and the finding kinds are those of every run whose
 * extraction the store's records carry, with a notice when those runs were configured differently.
 */
public final class StoredRun implements RecordedRun {

    private final FindingsStore store;
    private final Connection db;
    /** Read once: the store is read in one transaction, so a second reading would give the same. */
    private RunSummary summary;
    private History history;
    /** The store's last run when it did not end complete; read with the summary. */
    private LastRun lastRun;
    /** What the store's last update changed, null when none changed what an earlier run made; read with the summary. */
    private LastUpdate lastUpdate;

    StoredRun(FindingsStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /**
     * What the store's updates did, as told by the inputs a report counts (each file by its last
     * application), and how many of the copies those inputs read the report's counts leave out.
     * The copies the inputs read that the store does not hold (beyond skipped ones) are duplicates
     * merged, re-deliveries, or copies replaced or withdrawn: only the first are counted as
     * duplicates merged; the others are the update history, counted neither as read nor as merged.
     *
     * @param revised            records replaced by a newer version or text (each counted once, however often revised)
     * @param revisions          revisions that replaced them (a record revised twice counts 2)
     * @param superseded         older copies read after a newer version or a deletion, not applied
     * @param deleted            records deleted
     * @param deletionsUnmatched deletions of records the store did not hold
     * @param replacedCopies     copies read by the reported inputs that revisions replaced or deletions withdrew
     * @param redelivered        copies read by the reported inputs that re-delivered a record unchanged (re-extracted
     *                           by other plugins or not) or in an older version (superseded), not applied
     */
    public record History(long revised, long revisions, long superseded, long deleted, long deletionsUnmatched, long replacedCopies,
                          long redelivered) {

        /** Whether any update changed, withdrew or re-delivered a record. */
        public boolean any() {
            return revisions + superseded + deleted + deletionsUnmatched + redelivered > 0;
        }
    }

    /**
     * The store's last run (or import), when it did not end complete: it was interrupted, failed, or
     * is marked running, either because it is applying inputs now or because it was killed before it
     * could record its end (the next run marks it interrupted).
     *
     * @param applied     the inputs it applied (read to their end or part-way), kept in the store
     * @param failure     why it failed or stopped, as its run log says; null when it says nothing (a kill)
     * @param everyInputWhole whether every input it met was applied to its end (none read part-way, unread or unkept)
     * @param runningNow  for a run marked running: whether it was running when read (a run holds the store's lock now, or
     *                    it has recorded its end since), not killed; null when that cannot be told
     */
    private record LastRun(long runId, String command, String status, String startedAt, String failure, long applied,
                           long appliedAgain, boolean everyInputWhole, Boolean runningNow, boolean forced) {

        /** How a run that --strict failed on its problems alone says why ({@code RunEngine.strictFailure}). */
        private static final Pattern STRICT_FAILURE = Pattern.compile("[\\d,]+ problems? met and --strict was given");

        /** {@code the store's last run (run 3) was interrupted}: for --strict's failure. */
        String inBrief() {
            return "the store's last run (run " + runId + ") " + state();
        }

        private String state() {
            return switch (status) {
                case "interrupted" -> "was interrupted";
                case "failed" -> "failed";
                default -> runningNow == null ? "is marked running (another Evidentia process may be applying inputs now, or it was killed)"
                        : runningNow ? "is still running" : "did not finish (it was killed before it could record its end)";
            };
        }

        /** The notice of run.json and the report's "Read this first": which run, how it ended, what the report holds, what to do. */
        String notice() {
            boolean live = status.equals("running") && Boolean.TRUE.equals(runningNow);
            String inputs = Plural.count(applied, "input");
            StringBuilder n = new StringBuilder(String.format(Locale.ROOT, "The store's last run did not end complete: run %d (evidentia %s,"
                    + " started %s) %s %s %s%s.", runId, command, startedAt, state(), live ? "and has applied" : "after applying", inputs,
                    failure == null ? "" : " (" + trimmed(failure) + ")"));
            if (live) {
                n.append(" This report shows the store as it was when the report began reading it: with the inputs that run had applied by"
                        + " then, without those it is still to apply. Wait for it to end and report again.");
            } else if (status.equals("failed") && applied == 0 && failure != null && STRICT_FAILURE.matcher(failure.strip()).matches()) {
                // a run with nothing to apply (the exclusion list alone) applied no input to stay applied (the review of the change, R6)
                n.append(" It had no input to apply; its problems (this report lists them) failed it under --strict. Mend the problems and"
                        + " run the same command again, then report again.");
            } else if (status.equals("failed") && everyInputWhole && failure != null && STRICT_FAILURE.matcher(failure.strip()).matches()) {
                // it applied all it was given and failed on problems alone: "without those it did not reach" told of inputs missing
                // from a store that lacked none (review-s21-cli D12)
                n.append(" It applied every input it was given; its problems (this report lists them) failed it under --strict, and ")
                        // problems met outside the inputs (the exclusion list's) leave them applied: the note said they would be
                        // applied again, and the same command then had nothing to apply (the review of session 30, L7)
                        .append(appliedAgain > 0 ? "the inputs they were met in are applied again by the next run."
                                : "none was met in an input, so its inputs stay applied.")
                        .append(" Mend the problems and run the same command again, then report again.");
            } else {
                n.append(forced
                        // a forced run applies inputs the store holds already: those it did not reach stay as earlier runs
                        // extracted them (the review of session 22, R8)
                        ? " This report shows the store as that run left it: the inputs it applied again extracted anew, those it did"
                                + " not reach as the runs before it extracted them. "
                        : " This report shows the store as that run left it: with the inputs it applied, without those it did not reach. ")
                        .append(status.equals("failed") ? "Mend what failed it and run the same command again, then report again."
                                : "Run the same command again (without --force): it skips the inputs applied and goes on from there; then report again.");
            }
            return n.toString();
        }

        private static String trimmed(String failure) {
            String text = failure.strip();
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private LastRun lastRunUnfinished() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.run_id, r.command, r.status, r.started_at, r.failure,"
                     + " (SELECT count(*) FROM files f WHERE f.run_id = r.run_id AND f.status IN " + FileStatus.APPLIED_SQL + "),"
                     + " (SELECT count(*) FROM files f WHERE f.run_id = r.run_id AND f.status <> '" + FileStatus.APPLIED.sql() + "'),"
                     + " (SELECT count(*) FROM files f WHERE f.run_id = r.run_id AND f.status = '" + FileStatus.APPLIED.sql() + "' AND "
                     + FindingsStore.APPLIED_AGAIN + "),"
                     // a store of an earlier format, read as it is, has no forced_inputs: its runs are told as runs of new inputs
                     + (StoreSchema.format(db) >= StoreSchema.FORCED_INPUTS_SINCE ? " r.forced_inputs IS NOT NULL" : " 0")
                     + " FROM runs r ORDER BY r.run_id DESC LIMIT 1")) {
            if (!rs.next() || rs.getString(3).equals("complete")) {
                return null;
            }
            Boolean runningNow = null;
            if (rs.getString(3).equals("running")) {
                try {
                    runningNow = store.changedByARunWhileRead(rs.getLong(1));
                } catch (IOException cannotTell) {
                    runningNow = null; // its lock file, or the store as it is now, cannot be read by this user: the notice says both
                }
            }
            return new LastRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                    rs.getLong(8), rs.getLong(7) == 0, runningNow, rs.getBoolean(9));
        }
    }

    /**
     * The run id and run date of the store's run of the latest run date among those that applied an input; null when none
     * did. For a report dated before it to be told (the review of session 30, L5).
     */
    public LatestUpdate latestUpdate() throws IOException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, run_date FROM runs WHERE files_applied > 0")) {
            LatestUpdate latest = null;
            while (rs.next()) {
                Instant date = Instant.parse(rs.getString(2));
                if (latest == null || date.isAfter(latest.runDate())) {
                    latest = new LatestUpdate(rs.getLong(1), date);
                }
            }
            return latest;
        } catch (SQLException | java.time.format.DateTimeParseException e) {
            throw new IOException("cannot read the store's runs: " + e.getMessage(), e);
        }
    }

    /** A run that applied inputs to the store, by its id and the date it recorded. */
    public record LatestUpdate(long runId, Instant runDate) {
    }

    /**
     * The store's last run, in brief, when it did not end complete ({@code the store's last run (run 3) was
     * interrupted}), so that {@code report --strict} fails; else null. The summary's first notice says it in full.
     */
    @Override
    public String unfinished() throws IOException {
        summary();
        return lastRun == null ? null : lastRun.inBrief();
    }

    /** The store's update history, read with the {@link #summary()}. */
    public History history() throws IOException {
        summary();
        return history;
    }

    /**
     * A run whose extraction the store's records carry (the run that last wrote them).
     *
     * @param builds what its extraction was made with besides versions and options, by checksum: the files its extractors'
     *               options named, the text-mining kit and its extractors' plugins ({@link #builds}); "" when the store kept none
     */
    private record Producer(long runId, long records, List<FindingKind> kinds, String kindNames, String options, String plugins,
                            String builds) {
    }

    private List<Producer> producers() throws SQLException, IOException {
        List<Producer> producers = new ArrayList<>();
        // a store of format 3 kept no checksums of what a run was made with
        String fingerprints = StoreSchema.format(db) < StoreSchema.FINGERPRINTS_SINCE ? "NULL" : "u.fingerprints";
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT u.run_id, p.records, u.kinds, u.options, u.plugins, " + fingerprints + " FROM runs u JOIN"
                     + " (SELECT f.run_id, count(*) AS records FROM records r JOIN files f ON f.file_id = r.file_id GROUP BY f.run_id) p"
                     + " ON p.run_id = u.run_id ORDER BY u.run_id DESC")) {
            while (rs.next()) {
                List<FindingKind> kinds = rs.getString(3) == null ? List.of() : StoreJson.kinds(rs.getString(3));
                producers.add(new Producer(rs.getLong(1), rs.getLong(2), kinds,
                        String.join(", ", kinds.stream().map(FindingKind::name).toList()), rs.getString(4), rs.getString(5),
                        builds(rs.getString(3), rs.getString(5), rs.getString(6))));
            }
        }
        return producers;
    }

    /**
     * What a run's extraction was made with by checksum, as one comparable text: the files its extractors' options named, the
     * text-mining kit's jar and the files its extractors' plugins were loaded from. A lexicon edited in place, or a plugin
     * rebuilt under its version, extracts otherwise with the same options and versions: a report of records extracted before
     * and after said nothing of it (the review of session 30, L1). Reporters' and sources' files are left out: they do not
     * shape what the store's records carry.
     */
    private static String builds(String kinds, String plugins, String fingerprints) throws IOException {
        if (fingerprints == null) {
            return "";
        }
        StoreJson.RunFingerprints kept = StoreJson.fingerprints(fingerprints);
        if (kept.fingerprints().textMining() == null && kept.fingerprints().plugins().isEmpty() && kept.optionFiles().isEmpty()) {
            return ""; // nothing known: a run recorded elsewhere (a Spark job's output), imported
        }
        // the extractors as the run's kinds name them; a plugin's extensions are kept by their bare names
        Set<String> extractors = new TreeSet<>(kinds == null ? List.of() : StoreJson.kindExtractors(kinds).values());
        extractors.remove("");
        Set<String> extractorPlugins = new TreeSet<>();
        for (PluginSummary plugin : plugins == null ? List.<PluginSummary>of() : StoreJson.plugins(plugins)) {
            if (plugin.extensions().stream().anyMatch(extractors::contains)) {
                extractorPlugins.add(plugin.id());
            }
        }
        StringBuilder builds = new StringBuilder();
        kept.optionFiles().stream().filter(f -> extractors.contains(f.extension()))
                .forEach(f -> builds.append(f.extension()).append('.').append(f.option()).append('=').append(f.sha256()).append('\n'));
        Artifact kit = kept.fingerprints().textMining();
        builds.append("kit=").append(kit == null ? "" : kit.sha256()).append('\n');
        for (String id : extractorPlugins) {
            Artifact plugin = kept.fingerprints().plugins().get(id);
            builds.append(id).append('=').append(plugin == null ? "" : plugin.sha256()).append('\n');
        }
        return builds.toString();
    }

    /**
     * The finding kinds of every run whose extraction the store's records carry, newest run first: a
     * kind keeps its newest declaration, and a kind only an older run declared comes after. (A store
     * whose records were all removed has the kinds of its last run that applied an input.)
     */
    @Override
    public List<FindingKind> kinds() throws IOException {
        try {
            Map<String, FindingKind> kinds = new LinkedHashMap<>();
            for (Producer p : producers()) {
                p.kinds().forEach(k -> kinds.putIfAbsent(k.name(), k));
            }
            if (!kinds.isEmpty()) {
                return List.copyOf(kinds.values());
            }
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT kinds FROM runs WHERE files_applied > 0 AND kinds IS NOT NULL ORDER BY run_id DESC LIMIT 1")) {
                return rs.next() ? StoreJson.kinds(rs.getString(1)) : List.of();
            }
        } catch (SQLException e) {
            // a damaged store, as every other read of it tells one: what to do, not SQLite's words alone (the review of session 27, V7)
            throw store.failure("cannot read its finding kinds from", e);
        } catch (IOException e) {
            throw new IOException("findings store " + store.file() + ": cannot read its finding kinds: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized RunSummary summary() throws IOException {
        if (summary != null) {
            return summary;
        }
        try {
            summary = readSummary();
            return summary;
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    /**
     * One application of an input file, as the {@code files} table logs it.
     *
     * @param path     as shown by the run that applied it
     * @param realPath the file's real path ({@link InputIdentity}); null when a store of format 1 applied it
     */
    private record Application(long fileId, String path, String realPath, String sha256, String source, String status, long records,
                               long skipped, long unaccounted, Changes changes, long merged, List<Problem> problems) {

        /** The file, by its real path where known, else as given. */
        String file() {
            return realPath != null ? realPath : path;
        }

        /**
         * Which applications are one input: one file with one content. Two files of the same bytes are two inputs, each
         * with its checksum, the later one re-delivering the records of the first (an explorer's F28: keyed by content
         * alone, the file that added the records was left out of the report); the same file applied again with other
         * content is one input, by {@link #counted}. An unread one is keyed by its file, since every empty file has one digest.
         */
        String key() {
            String file = file();
            if (unread()) {
                return "unread:" + file;
            }
            return sha256 != null ? sha256 + " " + file : "path:" + path;
        }

        boolean clean() {
            return skipped == 0 && status.equals(FileStatus.APPLIED.sql());
        }

        boolean unread() {
            return status.equals(FileStatus.UNREAD.sql());
        }
    }

    private RunSummary readSummary() throws SQLException, IOException {
        LinkedHashSet<String> notices = new LinkedHashSet<>();
        lastRun = lastRunUnfinished();
        if (lastRun != null) {
            notices.add(lastRun.notice()); // first: the PI's "can I trust last night?" is answered before anything else
        }
        Counted counted = counted(applications());
        Set<String> deleted = deletionsByContent(counted.inputs());
        Tally tally = tally(counted.inputs(), notices);
        HeldOver heldOver = heldOver(counted);
        notices.addAll(heldOver.notices());
        RecordedRuns runs = recordedRuns(notices);
        FindingsStore.Totals totals = store.totals();
        Changes changes = tally.changes();
        // What the reported inputs read and the store does not hold, beyond skips, is of three sorts. Copies merged
        // as duplicates: in a run (merged) or by the store (a less full copy of a held record); the only ones counted
        // as duplicates merged. Re-deliveries: a record read again unchanged (re-extracted or not: other plugins read
        // the same text), or in an older version (superseded), which no reviewer takes for a duplicate (a daily update
        // file re-issues records whose date changed). And copies applied and then replaced by a revision or withdrawn by
        // a deletion. Each deleted record was held as one copy, the one its deletion withdrew (an explorer's F7: taken
        // for a re-delivery when an older copy of it was superseded), so those come before the re-deliveries, which each
        // input counts; the copies revisions replaced are what remains.
        // The records held from earlier contents are in the store's count and counted among the records read, but no
        // counted input read them: without them the copies not kept came out short by their number (the review of
        // session 25, L2).
        long notKept = Math.max(0, tally.read() + heldOver.records() - tally.skipped() - tally.unaccounted() - totals.records());
        long merges = Math.min(tally.merged() + changes.duplicate, notKept);
        long withdrawn = Math.min(changes.deleted, notKept - merges);
        // an input downloaded again reads most of its records unchanged against its own earlier content, which is counted no
        // more: those are the records, not re-deliveries of another input's copies, which they crowded out of the count, and
        // the copies revisions replaced came out short by as many (the review of session 27, V3)
        long redelivered = Math.min(changes.unchanged + changes.reextracted + changes.superseded - unchangedSinceEarlierContents(counted),
                notKept - merges - withdrawn);
        long replacedCopies = notKept - merges - redelivered;
        long openSkipped = tally.skipped() - tally.resolved().size();
        // a record deleted and brought back since by a later version is among the records read, not in the flow's box of records
        // deleted and not read, which counted it twice, and only when the deletion came first (the review of session 28, K5)
        long heldAgain = changes.deleted == 0 ? 0 : Math.min(changes.deleted, heldNow(deleted));
        Counts counts = new Counts(totals.records() + merges + openSkipped + tally.unaccounted(), 0, openSkipped, tally.unaccounted(), 0, 0, 0,
                changes.deleted - heldAgain);
        history = new History(revisedRecords(counted.inputs()), changes.revised, changes.superseded, changes.deleted, changes.deletionsUnmatched,
                replacedCopies, redelivered);

        List<Duplicate> listed = mergedCopies();
        // The list is the counted merges only when it adds up to them: a store made before it noted the copies it merged
        // lists fewer, and one whose input was applied again with other records keeps the rows of the earlier application.
        // Then no list rather than a wrong one, and the note tells that the store's counts are its own.
        boolean listsTheMerges = listed.stream().mapToLong(d -> d.origins().size() - 1).sum() == merges;
        String configurations = configurations(producers());
        // copies merged as duplicates are counted as a run counts them, and listed with them: no note of the store's
        if (history.any() || changes.kept() != changes.added + (listsTheMerges ? changes.duplicate : 0) || !counted.corrected().isEmpty()
                || !tally.resolved().isEmpty() || configurations != null) {
            long inputsRead = counted.inputs().stream().filter(a -> !a.unread()).count();
            notices.add(storeNote(totals.records(), inputsRead, runs.count(), changes, heldAgain, counted.corrected(), tally.resolved(),
                    configurations));
        }
        lastUpdate = LastUpdate.read(db);
        if (lastUpdate != null) {
            notices.add(lastUpdate.notice());
        }
        List<Problem> problems = new ArrayList<>(runs.problems());
        problems.addAll(tally.problems());
        List<InputSummary> inputSummaries = counted.inputs().stream()
                .map(a -> new InputSummary(a.path(), a.sha256(), a.source(), a.records(), a.skipped())).toList();
        return new RunSummary("", Instant.EPOCH, inputSummaries, runs.plugins(), runs.options(), counts,
                problems, List.copyOf(notices), listsTheMerges ? listed : List.of(), RunSummary.Focus.NONE, Map.of(), null,
                RunSummary.Exclusions.NONE, runs.optionFiles());
    }

    /**
     * The counted inputs' deletions as the records their content or their file deleted, in any of its applications: an input
     * applied again ({@code --force}) finds the records it deleted before gone, its deletions matching no record, and a review
     * applied again as a whole after an upgrade said "Its updates deleted no record" and lost its deletions from the flow (an
     * explorer's s22, L3); so did a corrected download of an update whose deletion list was damaged, applied under its path as
     * the docs advise, or a download of the same update compressed again (the review of session 28, K4). A content counted
     * under several paths (one download copied into two folders) deletes its records once: what the counted inputs deleted
     * themselves is taken first, and the rest goes to the last of them that content or file reaches (the review of session
     * 22, R1). The files table keeps what each application did, by which the store's records are its additions less its
     * deletions.
     */
    private Set<String> deletionsByContent(List<Application> counted) throws SQLException {
        Map<String, Set<String>> deletedBy = new HashMap<>(); // by "content:" + SHA-256 and by "file:" + the file
        Map<Long, Set<String>> deletedByApplication = new HashMap<>();
        Map<Long, Set<String>> unmatchedByApplication = new HashMap<>();
        String file = StoreSchema.format(db) >= StoreSchema.REAL_PATH_SINCE ? "coalesce(f.real_path, f.path)" : "f.path";
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.file_id, f.sha256, " + file + ", c.record_id, c.change FROM changes c JOIN files f"
                     + " ON f.file_id = c.file_id WHERE c.change IN ('deleted', 'deletion-unmatched')")) {
            while (rs.next()) {
                String id = rs.getString(4);
                if (rs.getString(5).equals("deletion-unmatched")) {
                    unmatchedByApplication.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(id);
                    continue;
                }
                deletedByApplication.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(id);
                if (rs.getString(2) != null) {
                    deletedBy.computeIfAbsent("content:" + rs.getString(2), k -> new HashSet<>()).add(id);
                }
                deletedBy.computeIfAbsent("file:" + rs.getString(3), k -> new HashSet<>()).add(id);
            }
        }
        Set<String> told = new HashSet<>();
        for (Application a : counted) {
            told.addAll(deletedByApplication.getOrDefault(a.fileId(), Set.of()));
        }
        for (int i = counted.size() - 1; i >= 0; i--) {
            Application a = counted.get(i);
            if (a.changes().deletionsUnmatched == 0) {
                continue;
            }
            // only the ids this application's deletions met unmatched because its content or an earlier content of its file had
            // deleted them: a file name reused for another week's update, whose deletion matched nothing, stays unmatched (the
            // review of the session's change, R2)
            Set<String> earlier = new HashSet<>(a.sha256() == null ? Set.of() : deletedBy.getOrDefault("content:" + a.sha256(), Set.of()));
            earlier.addAll(deletedBy.getOrDefault("file:" + a.file(), Set.of()));
            earlier.retainAll(unmatchedByApplication.getOrDefault(a.fileId(), Set.of()));
            earlier.removeAll(told);
            long again = Math.min(earlier.size(), a.changes().deletionsUnmatched);
            a.changes().deleted += again;
            a.changes().deletionsUnmatched -= again;
            told.addAll(earlier);
        }
        return told;
    }

    /** Every application of an input the files table logs, in order: an unread input too, whose problem is open until its file is read. */
    private List<Application> applications() throws SQLException, IOException {
        List<Application> applications = new ArrayList<>();
        // a store of format 1, read as it is by a report, has no real paths: its files are known by their paths as shown
        String realPath = StoreSchema.format(db) >= StoreSchema.REAL_PATH_SINCE ? "real_path" : "NULL";
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_id, path, " + realPath + ", sha256, source, status, records, skipped, unaccounted,"
                     + " merged, added, revised, reextracted, unchanged, superseded, duplicate, deleted, deletions_unmatched, problems"
                     + " FROM files ORDER BY file_id")) {
            while (rs.next()) {
                Changes c = new Changes();
                c.added = rs.getLong(11);
                c.revised = rs.getLong(12);
                c.reextracted = rs.getLong(13);
                c.unchanged = rs.getLong(14);
                c.superseded = rs.getLong(15);
                c.duplicate = rs.getLong(16);
                c.deleted = rs.getLong(17);
                c.deletionsUnmatched = rs.getLong(18);
                applications.add(new Application(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), c, rs.getLong(10), StoreJson.problems(rs.getString(19))));
            }
        }
        return applications;
    }

    /**
     * The applications a report counts, one per input, in the order of their last application, and the files applied
     * again with corrected content ({@code a.nbib (2 records skipped before)}).
     */
    private record Counted(List<Application> inputs, List<String> corrected, List<Application> replaced) {
    }

    /**
     * A file applied again (the same file by its real path, however the path was given) is counted by its last
     * application only, whatever its content then (an export downloaded again); one that had skipped records and came
     * again with other content is named as corrected. A file no source read is listed until its file is read, and never
     * replaces an application that read it (an empty download of a file applied before).
     */
    private static Counted counted(List<Application> applications) {
        Map<String, Application> inputs = new LinkedHashMap<>();
        Map<String, Application> lastByFile = new LinkedHashMap<>();
        List<String> corrected = new ArrayList<>();
        List<Application> replaced = new ArrayList<>();
        for (Application a : applications) {
            Application before = lastApplication(lastByFile, a);
            if (a.unread() && before != null && !before.unread()) {
                continue;
            }
            inputs.remove(a.key());
            if (before != null && inputs.remove(before.key()) != null) { // the file's earlier content
                replaced.add(before);
                if (!before.clean() && !before.unread()) { // a file read at last was corrected in nothing it had applied
                    corrected.add(a.path() + " (" + Plural.count(before.skipped(), "record") + " skipped before)");
                }
            }
            inputs.put(a.key(), a);
            if (a.realPath() != null) {
                lastByFile.put("real:" + a.realPath(), a);
            } else {
                lastByFile.put("shown:" + a.path(), a);
                String legacy = InputIdentity.ofLegacy(a.path());
                if (legacy != null) {
                    lastByFile.put("real:" + legacy, a);
                }
            }
        }
        return new Counted(List.copyOf(inputs.values()), corrected, replaced);
    }

    /**
     * One notice for each earlier content of an input whose records the store holds though no input as last applied holds
     * them (an export downloaded again without records it had: an explorer's F2, where the report counted them among its
     * records read and named neither them nor the content they came from). Each names the file, that content's SHA-256 and
     * the records, which stay until an input deletes them or the exclusion list leaves them out (those it names are not
     * told). None where a counted application kept no ids (a store of format 2 or before): what it held is not known.
     */
    private HeldOver heldOver(Counted counted) throws SQLException, IOException {
        if (counted.replaced().isEmpty() || StoreSchema.format(db) < StoreSchema.EXCLUSIONS_SINCE) {
            return HeldOver.NONE; // a store of format 2 or before has no record_ids to read (the review of session 19, D3)
        }
        // The ids of the earlier contents first (an export downloaded again: a few), struck off as each counted input's list
        // is read: holding every id of every counted input at once took gigabytes of a store of the baseline (the review of
        // session 19, D13)
        Map<String, Application> earlier = new HashMap<>();
        try (PreparedStatement ids = db.prepareStatement("SELECT record_ids FROM files WHERE file_id = ?")) {
            for (Application r : counted.replaced()) {
                List<String> of = recordIds(ids, r.fileId());
                if (of != null) {
                    of.forEach(id -> earlier.put(id, r)); // the latest earlier content that held it
                }
            }
            for (Application a : counted.inputs()) {
                if (earlier.isEmpty()) {
                    return HeldOver.NONE;
                }
                if (a.unread()) {
                    continue;
                }
                List<String> of = recordIds(ids, a.fileId());
                if (of == null) {
                    return HeldOver.NONE;
                }
                of.forEach(earlier::remove);
            }
        }
        org.evidentia.runtime.exclusion.ExclusionList excluded = exclusions();
        Map<Application, List<String>> byContent = new LinkedHashMap<>();
        long held = 0;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT record_id, pmid, doi FROM records ORDER BY seq")) {
            while (rs.next()) {
                String id = rs.getString(1);
                Application from = earlier.get(id);
                if (from != null) {
                    held++;
                }
                if (from != null && (excluded == null || excluded.of(rs.getString(2), rs.getString(3), id) == null)) {
                    byContent.computeIfAbsent(from, k -> new ArrayList<>()).add(id);
                }
            }
        }
        List<String> notices = new ArrayList<>();
        byContent.forEach((from, ids) -> notices.add(String.format(Locale.ROOT, "%s the store holds %s in none of its inputs as last"
                        + " applied: %s came from an earlier content of %s (SHA-256 %s), and %s counted among the records read: %s. %s"
                        + " in the store, which removes a record only when an input deletes it; to leave %s out of the review, list %s in"
                        + " an exclusion list (docs/user-guide.md, \"Excluding records\").", Plural.count(ids.size(), "record"),
                ids.size() == 1 ? "is" : "are", ids.size() == 1 ? "it" : "they", from.path(), from.sha256(), ids.size() == 1 ? "is" : "are",
                AbsentRecords.named(ids),
                ids.size() == 1 ? "It stays" : "They stay", ids.size() == 1 ? "it" : "them", ids.size() == 1 ? "it" : "them")));
        return new HeldOver(held, notices);
    }

    /**
     * The records the store holds from earlier contents of its inputs, which no input as last applied holds, and the notices
     * that name them (those an exclusion list leaves out counted but not named).
     */
    private record HeldOver(long records, List<String> notices) {

        static final HeldOver NONE = new HeldOver(0, List.of());
    }

    /**
     * Of the counted inputs' copies found unchanged (or re-extracted), those of records an earlier content of the same file
     * held: the input's own records read again, each at most once an input. A shared record the input changed otherwise
     * (revised it, say) is no such copy: its unchanged copy may be another input's record re-delivered (the review of the
     * session's change, S3).
     */
    private long unchangedSinceEarlierContents(Counted counted) throws SQLException, IOException {
        if (counted.replaced().isEmpty() || StoreSchema.format(db) < StoreSchema.EXCLUSIONS_SINCE) {
            return 0;
        }
        long own = 0;
        Map<Long, Set<String>> heldByEarlier = null; // read once, when an input first needs it
        try (PreparedStatement ids = db.prepareStatement("SELECT record_ids FROM files WHERE file_id = ?");
             PreparedStatement changed = db.prepareStatement("SELECT record_id FROM changes WHERE file_id = ? AND change <> 're-extracted'")) {
            for (Application a : counted.inputs()) {
                long unchanged = a.changes().unchanged + a.changes().reextracted;
                if (unchanged == 0 || a.unread()) {
                    continue;
                }
                // the records an earlier content of the file wrote, which the store holds by it still: not those it re-delivered from
                // another input, whose copies here are re-deliveries too (the review of the change, S3: two searches that overlap)
                List<Long> earlierIds = counted.replaced().stream().filter(r -> r.file().equals(a.file())).map(Application::fileId).toList();
                if (earlierIds.isEmpty()) {
                    continue;
                }
                if (heldByEarlier == null) {
                    heldByEarlier = heldBy(counted.replaced().stream().map(Application::fileId).collect(java.util.stream.Collectors.toSet()));
                }
                Set<String> earlier = new HashSet<>();
                for (long earlierId : earlierIds) {
                    earlier.addAll(heldByEarlier.getOrDefault(earlierId, Set.of()));
                }
                List<String> of = earlier.isEmpty() ? null : recordIds(ids, a.fileId());
                if (of != null) {
                    Set<String> otherwise = new HashSet<>();
                    changed.setLong(1, a.fileId());
                    try (ResultSet rs = changed.executeQuery()) {
                        while (rs.next()) {
                            otherwise.add(rs.getString(1));
                        }
                    }
                    own += Math.min(unchanged, of.stream().filter(id -> earlier.contains(id) && !otherwise.contains(id)).count());
                }
            }
        }
        return own;
    }

    /**
     * The ids of the records the store holds by each of the applications {@code fileIds}: those they wrote, and revised since
     * by none. One read of the records for all of them, as the records have no index by application.
     */
    private Map<Long, Set<String>> heldBy(Set<Long> fileIds) throws SQLException {
        Map<Long, Set<String>> held = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT record_id, file_id FROM records")) {
            while (rs.next()) {
                if (fileIds.contains(rs.getLong(2))) {
                    held.computeIfAbsent(rs.getLong(2), f -> new HashSet<>()).add(rs.getString(1));
                }
            }
        }
        return held;
    }

    /**
     * The ids the application {@code fileId} held ({@code files.record_ids}), or null when it kept none or its list is
     * damaged: the note these ids feed is then left out, and the report made (the review of session 19, D4).
     */
    private static List<String> recordIds(PreparedStatement ids, long fileId) throws SQLException {
        ids.setLong(1, fileId);
        try (ResultSet rs = ids.executeQuery()) {
            byte[] blob = rs.next() ? rs.getBytes(1) : null;
            return blob == null ? null : AbsentRecords.decode(blob);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What the counted applications read and did (an application no longer counted, a file applied again, tells nothing
     * here), their open problems, and the records they skipped that a later input brought in ({@code resolved}).
     */
    private record Tally(long read, long skipped, long unaccounted, long merged, Changes changes, List<Problem> problems,
                         List<String> resolved) {
    }

    /** The tally of {@code counted}; an unread input's problem goes to {@code notices}. */
    private Tally tally(List<Application> counted, Set<String> notices) throws SQLException {
        long read = 0;
        long skipped = 0;
        long unaccounted = 0;
        long merged = 0;
        Changes changes = new Changes();
        List<Problem> problems = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        try (PreparedStatement held = db.prepareStatement("SELECT 1 FROM records WHERE record_id = ?")) {
            for (Application a : counted) {
                if (a.unread()) {
                    // no later run can read it, so its reason is told, and does not fail every --strict report to come
                    a.problems().forEach(p -> notices.add("input not read: " + p.describe()));
                    continue;
                }
                read += a.records();
                skipped += a.skipped();
                unaccounted += a.unaccounted();
                merged += a.merged();
                changes.add(a.changes());
                for (Problem p : a.problems()) {
                    if (p.kind() == Problem.Kind.SKIPPED_RECORD && p.recordId() != null && isHeld(held, p.recordId())) {
                        resolved.add(p.recordId()); // a later input brought the record in: no longer an open problem
                    } else {
                        problems.add(p);
                    }
                }
            }
        }
        return new Tally(read, skipped, unaccounted, merged, changes, problems, resolved);
    }

    /**
     * What the store's runs that applied inputs recorded: their plugins (each with every extension any of them used),
     * the options and option files of the last, and their own problems, in run order.
     */
    private record RecordedRuns(long count, List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                                List<RunSummary.OptionFile> optionFiles, List<Problem> problems) {
    }

    /** The runs that applied inputs, as {@link RecordedRuns}; their notices go to {@code notices}. */
    private RecordedRuns recordedRuns(Set<String> notices) throws SQLException, IOException {
        Map<String, PluginSummary> plugins = new TreeMap<>();
        Map<String, Map<String, String>> options = Map.of();
        List<RunSummary.OptionFile> optionFiles = List.of();
        List<Problem> problems = new ArrayList<>();
        long runs = 0;
        // a store of format 3 kept no checksums of the files a run's options named (a report reads it as it is)
        String fingerprints = StoreSchema.format(db) < StoreSchema.FINGERPRINTS_SINCE ? "NULL" : "fingerprints";
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT plugins, options, problems, notices, " + fingerprints
                     + " FROM runs WHERE files_applied > 0 ORDER BY run_id")) {
            while (rs.next()) {
                runs++;
                for (PluginSummary p : StoreJson.plugins(rs.getString(1))) {
                    PluginSummary known = plugins.get(p.id());
                    TreeSet<String> extensions = new TreeSet<>(p.extensions());
                    if (known != null) {
                        extensions.addAll(known.extensions());
                    }
                    plugins.put(p.id(), new PluginSummary(p.id(), p.version(), List.copyOf(extensions)));
                }
                options = StoreJson.options(rs.getString(2));
                optionFiles = StoreJson.fingerprints(rs.getString(5)).optionFiles(); // of the run whose options these are
                problems.addAll(StoreJson.problems(rs.getString(3)));
                notices.addAll(StoreJson.strings(rs.getString(4)));
            }
        }
        return new RecordedRuns(runs, List.copyOf(plugins.values()), options, optionFiles, problems);
    }

    /**
     * One entry per held record, in the order the records were first kept, as a run lists them: the copies a run
     * merged and those the store merged later (each noted with the copy kept first), each origin once.
     */
    private List<Duplicate> mergedCopies() throws SQLException, IOException {
        Map<String, LinkedHashSet<Origin>> copiesOf = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.record_id, m.origins FROM merged_copies m JOIN records r ON r.record_id = m.record_id"
                     + " ORDER BY r.seq, m.rowid")) {
            while (rs.next()) {
                copiesOf.computeIfAbsent(rs.getString(1), id -> new LinkedHashSet<>()).addAll(StoreJson.origins(rs.getString(2)));
            }
        }
        return copiesOf.entrySet().stream().map(m -> new Duplicate(m.getKey(), List.copyOf(m.getValue()))).toList();
    }

    /**
     * Of the records the counted inputs deleted, those the store holds now, brought back by a later version: those alone, not
     * a record an earlier content of a file deleted (the review of the session's change, R2b).
     */
    private long heldNow(Set<String> deleted) throws SQLException {
        long held = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM records WHERE record_id = ?")) {
            for (String id : deleted) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    held += rs.next() ? 1 : 0;
                }
            }
        }
        return held;
    }

    /**
     * The notice that a report's counts are the store's: what it holds and from how many inputs and runs, what its
     * updates did ({@link #history}), the copies its counts leave out, the inputs corrected, the skipped records
     * brought in later, and the differently configured runs whose extraction the records carry.
     */
    private String storeNote(long records, long inputsRead, long runs, Changes changes, long heldAgain, List<String> corrected, List<String> resolved,
                             String configurations) throws SQLException {
        StringBuilder note = new StringBuilder(String.format(Locale.ROOT, "Reported from the findings store %s: %s, from %s applied in %s.",
                store.file().getFileName(), Plural.count(records, "record"), Plural.count(inputsRead, "input file"), Plural.count(runs, "run")));
        if (history.revisions() + history.superseded() + history.deleted() + history.deletionsUnmatched() > 0 || changes.reextracted > 0) {
            // only what the updates did: a store that only added records, and met one deletion of a record it never held,
            // was told "revised 0 records, re-extracted 0 and deleted 0 (1 deletion matched no record), and left out 0 ..."
            List<String> did = new ArrayList<>();
            if (history.revisions() > 0) {
                did.add("revised " + Plural.count(history.revised(), "record")
                        + (history.revisions() == history.revised() ? "" : " (in " + Plural.count(history.revisions(), "revision") + ")"));
            }
            if (changes.reextracted > 0) {
                did.add("re-extracted " + Plural.count(changes.reextracted, "record"));
            }
            if (changes.deleted + changes.deletionsUnmatched > 0) {
                List<String> aside = new ArrayList<>();
                if (heldAgain > 0) {
                    // a record deleted and then brought back by a later version is in the review: a reader of "deleted 1
                    // record" took it to have left (the review of session 23, C2)
                    aside.add(heldAgain + " of them brought back since by a later version, which the store holds");
                }
                if (changes.deletionsUnmatched > 0) {
                    aside.add(Plural.count(changes.deletionsUnmatched, "deletion") + " matched no record");
                }
                did.add("deleted " + (changes.deleted == 0 ? "no record" : Plural.count(changes.deleted, "record"))
                        + (aside.isEmpty() ? "" : " (" + String.join("; ", aside) + ")"));
            }
            if (changes.superseded > 0) {
                did.add("left out " + Plural.count(changes.superseded, "older copy") + " (superseded by a newer version or a deletion)");
            }
            note.append(" Its updates ").append(did.size() == 1 ? did.get(0)
                    : String.join(", ", did.subList(0, did.size() - 1)) + " and " + did.get(did.size() - 1)).append('.');
        }
        List<String> apart = new ArrayList<>();
        if (history.replacedCopies() > 0) {
            apart.add(String.format(Locale.ROOT, "the %s that revisions replaced or deletions withdrew", Plural.count(history.replacedCopies(), "copy")));
        }
        if (history.redelivered() > 0) {
            apart.add(String.format(Locale.ROOT, "the %s that re-delivered a record unchanged or in an older version",
                    Plural.count(history.redelivered(), "copy")));
        }
        if (!apart.isEmpty()) {
            note.append(String.format(Locale.ROOT, " The counts describe the store as it is now: of the copies its inputs read, %s %s counted"
                    + " neither as records read nor as duplicates merged.", String.join(", and ", apart),
                    history.replacedCopies() + history.redelivered() == 1 ? "is" : "are"));
        }
        if (!corrected.isEmpty()) {
            note.append(" Applied again with corrected content, so counted by their last application only: ")
                    .append(String.join(", ", corrected)).append('.');
        }
        if (!resolved.isEmpty()) {
            note.append(String.format(Locale.ROOT, " %s skipped by an input %s in the store now, brought in by a later input, and no longer counted"
                    + " as skipped: %s.", Plural.count(resolved.size(), "record"), resolved.size() == 1 ? "is" : "are",
                    String.join(", ", resolved)));
        }
        if (configurations != null) {
            note.append(' ').append(configurations);
        }
        return note.toString();
    }

    /** The records the counted applications revised, each once however often: from the store's log of changes. */
    private long revisedRecords(java.util.Collection<Application> counted) throws SQLException {
        java.util.Set<String> records = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT record_id FROM changes WHERE file_id = ? AND change = 'revised'")) {
            for (Application a : counted) {
                if (a.changes().revised == 0) {
                    continue;
                }
                s.setLong(1, a.fileId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        records.add(rs.getString(1));
                    }
                }
            }
        }
        return records.size();
    }

    /**
     * The last application before {@code a} of the file {@code a} applies: the one of the same real
     * path; else, for an application a store of format 1 logged without its real path, the one shown
     * as {@code a} is (typed the same way), or whose absolute path or {@code file:} URI names the same file.
     */
    private static Application lastApplication(Map<String, Application> lastByFile, Application a) {
        Application before = a.realPath() == null ? null : lastByFile.get("real:" + a.realPath());
        return before != null ? before : lastByFile.get("shown:" + a.path());
    }

    private static boolean isHeld(PreparedStatement held, String recordId) throws SQLException {
        held.setString(1, recordId);
        try (ResultSet rs = held.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * When the store's records carry the extraction of runs configured differently (other finding
     * kinds, options or plugins), a sentence that says so; else null.
     */
    private static String configurations(List<Producer> producers) {
        Map<String, List<Producer>> byConfiguration = new LinkedHashMap<>();
        List<Producer> oldestFirst = new ArrayList<>(producers);
        java.util.Collections.reverse(oldestFirst);
        // builds are compared where every run's are known: a run whose store kept none, or an imported one, is not told apart by them
        boolean buildsKnown = producers.stream().noneMatch(p -> p.builds().isEmpty());
        for (Producer p : oldestFirst) {
            byConfiguration.computeIfAbsent(p.kindNames() + "\n" + p.options() + "\n" + p.plugins() + "\n" + (buildsKnown ? p.builds() : ""),
                    k -> new ArrayList<>()).add(p);
        }
        if (byConfiguration.size() < 2) {
            return null;
        }
        List<String> differ = new ArrayList<>();
        if (producers.stream().map(Producer::kindNames).distinct().count() > 1) {
            differ.add("finding kinds");
        }
        if (producers.stream().map(p -> String.valueOf(p.options())).distinct().count() > 1) {
            differ.add("options");
        }
        if (producers.stream().map(p -> String.valueOf(p.plugins())).distinct().count() > 1) {
            differ.add("plugins");
        }
        if (buildsKnown && producers.stream().map(Producer::builds).distinct().count() > 1) {
            differ.add("builds (the files their extractors' options name, or the extractors' plugins or kit rebuilt under one version)");
        }
        List<String> parts = new ArrayList<>();
        for (List<Producer> group : byConfiguration.values()) {
            long records = group.stream().mapToLong(Producer::records).sum();
            parts.add(String.format(Locale.ROOT, "%s by %s %s (finding kinds: %s)", Plural.count(records, "record"), group.size() == 1 ? "run" : "runs",
                    String.join(", ", group.stream().map(p -> String.valueOf(p.runId())).toList()),
                    group.get(0).kindNames().isEmpty() ? "none" : group.get(0).kindNames()));
        }
        return String.format(Locale.ROOT, "Its records were extracted under %,d different configurations, which differ in their %s: %s. Findings"
                        + " of a kind are synthesised from the records extracted with it only; to extract every record alike, apply the"
                        + " inputs again with --force under one configuration.", byConfiguration.size(), differ.size() == 1 ? differ.get(0)
                        : String.join(", ", differ.subList(0, differ.size() - 1)) + " and " + differ.get(differ.size() - 1),
                String.join("; ", parts));
    }

    /** The exclusion list the store keeps ({@code run --store --exclude FILE}): its reports leave the records it names out. */
    @Override
    public org.evidentia.runtime.exclusion.ExclusionList exclusions() throws IOException {
        try {
            StoredExclusions.Kept kept = StoredExclusions.read(db);
            return kept == null ? null : kept.list();
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    @Override
    public Map<org.evidentia.runtime.exclusion.ExcludedId, String> deletedBy(List<org.evidentia.runtime.exclusion.ExcludedId> ids)
            throws IOException {
        try {
            return StoredExclusions.deletedBy(db, ids);
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    @Override
    public void replay(Sink sink) throws IOException {
        try (PreparedStatement records = db.prepareStatement("SELECT seq, content, design, retracted, design_basis FROM records ORDER BY seq");
             PreparedStatement findings = db.prepareStatement("SELECT seq, record_id, kind, subject, subject_label, subject_text, direction,"
                     + " attributes, field, section, sentence, sentence_start, sentence_end, mention_start, mention_end, extractor,"
                     + " extractor_version FROM findings ORDER BY seq, ordinal");
             ResultSet r = records.executeQuery();
             ResultSet f = findings.executeQuery()) {
            boolean moreFindings = f.next();
            while (r.next()) {
                long seq = r.getLong(1);
                BibliographicRecord record;
                try {
                    // cleaned as a run cleans what it reads: a store made before the cleaning, by Spark or by hand may hold control characters
                    record = RecordText.cleaned(RecordCodec.decode(r.getBytes(2)));
                } catch (IOException e) {
                    throw store.damagedRecord(seq, e);
                }
                // a damaged design or finding names the store and the record, as damaged content does (the review of session 19,
                // D10: "'sideways' is not a direction" named neither)
                StudyDesign design;
                try {
                    design = new StudyDesign(StudyDesign.Type.parse(r.getString(3)), r.getInt(4) != 0, r.getString(5));
                } catch (RuntimeException e) {
                    throw store.damagedRecord(seq, new IOException("its design: " + e.getMessage(), e));
                }
                List<Finding> list = new ArrayList<>();
                while (moreFindings && f.getLong(1) < seq) {
                    moreFindings = f.next(); // findings of no record: check() reports them
                }
                while (moreFindings && f.getLong(1) == seq) {
                    try {
                        list.add(RecordCodec.finding(f.getString(2), f.getString(3), f.getString(4), RecordText.cleaned(f.getString(5)),
                                RecordText.cleaned(f.getString(6)), f.getString(7), f.getString(8), f.getString(9),
                                RecordText.cleaned(f.getString(10)), RecordText.cleaned(f.getString(11)), f.getInt(12), f.getInt(13),
                                f.getInt(14), f.getInt(15), f.getString(16), f.getString(17)));
                    } catch (IOException | RuntimeException e) {
                        throw store.damagedRecord(seq, new IOException("its finding " + (list.size() + 1) + ": " + e.getMessage(), e));
                    }
                    moreFindings = f.next();
                }
                sink.accept(new RecordFindings(record, design, list));
            }
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    @Override
    public String key() {
        return "store";
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        json.writeStartObject();
        FindingsStore.Totals totals = store.totals();
        json.writeStringField("file", store.file().toString());
        json.writeNumberField("records", totals.records());
        json.writeNumberField("findings", totals.findings());
        json.writeNumberField("file_applications", totals.files());
        json.writeNumberField("runs", totals.runs());
        History history = history();
        json.writeNumberField("records_revised", history.revised());
        json.writeNumberField("revisions", history.revisions());
        json.writeNumberField("records_superseded", history.superseded());
        json.writeNumberField("records_deleted", history.deleted());
        json.writeNumberField("deletions_unmatched", history.deletionsUnmatched());
        json.writeNumberField("copies_replaced_not_counted", history.replacedCopies());
        json.writeNumberField("copies_redelivered_not_counted", history.redelivered());
        json.writeFieldName("last_update");
        if (lastUpdate == null) {
            json.writeNull();
        } else {
            lastUpdate.write(json);
        }
        json.writeEndObject();
    }
}
