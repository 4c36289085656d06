package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionTally;
import org.evidentia.runtime.store.ChangeCounts;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.LaterTextKept;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.text.Plural;
import org.evidentia.runtime.text.ShellWord;

/**
 * What {@code run --store} and {@code import} tell on the console of what they did to the findings store, in the same
 * words: the records changed, the texts a later input kept, the records absent from an input applied again, and the
 * store's exclusion list.
 */
final class StoreConsole {

    private StoreConsole() {
    }

    /** The records shown by id on the console when a forced input left later texts standing; run.json lists them all. */
    private static final int KEPT_SHOWN = 20;

    /**
     * Says which records kept the text a later input wrote for their version against a forced older
     * input (retractions first), that this run did not re-extract them, and how to: by applying
     * again, in their order, the inputs that wrote them. Printed by {@code run --store} and {@code import}.
     *
     * @param listedIn where every one of them is listed ({@code store.later_texts_kept in run.json}), for more than are shown
     */
    static void laterTextsKept(List<LaterTextKept> kept, String listedIn, PrintWriter out) {
        if (kept.isEmpty()) {
            return;
        }
        boolean one = kept.size() == 1;
        long retracted = kept.stream().filter(LaterTextKept::retracted).count();
        List<String> shown = kept.stream().limit(KEPT_SHOWN).map(k -> k.recordId() + (k.retracted() ? " (retracted)" : "")).toList();
        List<String> writers = kept.stream().map(LaterTextKept::writtenBy).distinct().toList();
        out.printf(Locale.ROOT, "note: %s kept the text that a later input wrote for %s version, not this run's older text%s, and this run"
                        + " did not re-extract %s: %s%s. To re-extract %s, apply again with --force %s: %s (%s).%n",
                Plural.count(kept.size(), "record"), one ? "its" : "their",
                retracted == 0 ? "" : one ? " (a retraction stays)" : String.format(Locale.ROOT, " (%,d retractions stay)", retracted),
                one ? "it" : "them", String.join(", ", shown),
                kept.size() > KEPT_SHOWN ? String.format(Locale.ROOT, " and %,d more", kept.size() - KEPT_SHOWN) : "",
                one ? "it" : "them", writers.size() == 1 ? "the input that wrote " + (one ? "it" : "them")
                        : "the inputs that wrote them, in their order", String.join(", ", writers), listedIn);
    }

    /** How many ids of each change the console names; run.json's store section lists more. */
    private static final int IDS_SHOWN = 10;
    /** The renamed copies a run names on the console before it says how many more it skipped. */
    private static final int NAMES_SHOWN = 10;

    /**
     * {@code Revised: 10362196. Deleted: 8119288, 8219565.}: the records whose findings an update
     * changed or removed, which a living review's reader asks about first (review 24, M2); the records
     * added are many and listed only where {@code listedIn} says. Printed by {@code run --store} and {@code import}.
     */
    static void changedRecords(StoreRecorder recorder, String listedIn, PrintWriter out) {
        StoreRecorder.ChangedIds ids = recorder.changedIds();
        ChangeCounts counts = recorder.changes();
        List<String> parts = new ArrayList<>();
        named("Revised", ids.revised(), counts.revised(), parts);
        named("Re-extracted", ids.reextracted(), counts.reextracted(), parts);
        named("Deleted", ids.deleted(), counts.deleted(), parts);
        if (!parts.isEmpty()) {
            out.println(String.join(". ", parts) + ". (" + listedIn + " lists them, and the records added.)");
        }
    }

    private static void named(String change, List<String> ids, long count, List<String> parts) {
        if (!ids.isEmpty()) {
            parts.add(change + ": " + String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (count > IDS_SHOWN ? String.format(Locale.ROOT, " and %,d more", count - IDS_SHOWN) : ""));
        }
    }

    /**
     * What the run did to the store's exclusion list, and what the list excludes: the list given replaced the store's
     * (with the ids added and removed), or the store's was kept; and the ids that match no record the store holds.
     */
    static void exclusions(StoreRecorder.ExclusionOutcome e, Path storeFile, String keptWhy, PrintWriter out) {
        if (e.list() == null) {
            if (e.given()) {
                out.println("The exclusion list given is empty: the store " + storeFile + " keeps no exclusion list now"
                        + (e.removed() == 0 ? "." : String.format(Locale.ROOT, " (%s taken off: %s).", Plural.count(e.removed(), "id"),
                        named(e.changes().removed()))));
            }
            return;
        }
        String excluded = e.excluded().records() == 0 ? "it excludes no record the store holds"
                : "it excludes " + Plural.count(e.excluded().records(), "record") + " of the store from its reports ("
                + ExclusionTally.byReason(e.excluded()) + ")";
        if (e.given()) {
            out.printf(Locale.ROOT, "Exclusion list %s is the store's now (%s: %,d added, %,d taken off, %,d with another reason); %s.%n",
                    e.list().file(), Plural.count(e.list().exclusions().size(), "id"), e.added(), e.removed(), e.reasonChanged(), excluded);
        } else {
            out.printf(Locale.ROOT, "The store keeps its exclusion list (%s of %s, set by run %d), %s; %s.%n",
                    Plural.count(e.list().exclusions().size(), "id"), e.list().file(), e.setByRun(), keptWhy, excluded);
        }
    }

    /**
     * The records the store holds from earlier applications of an input applied again that it no longer holds, one note
     * per input ({@code listedIn}: where all of them are listed). Printed by {@code run --store} and {@code import}.
     */
    static void absentRecords(StoreRecorder recorder, String listedIn, PrintWriter out) {
        recorder.absentRecords().forEach(absent -> out.println("note: " + absent.notice() + listedIn));
        if (recorder.absentRecordsUnknown() != null) {
            out.println("note: " + recorder.absentRecordsUnknown());
        }
    }

    private static String named(List<ExclusionList.Exclusion> exclusions) {
        return String.join(", ", exclusions.stream().limit(IDS_SHOWN).map(x -> x.id().value()).toList())
                + (exclusions.size() > IDS_SHOWN ? String.format(Locale.ROOT, " and %,d more", exclusions.size() - IDS_SHOWN) : "");
    }

    /** The inputs left out as applied before under another name ({@code renamed.xml as a.xml (run 1)}), in one note; printed by {@code run --store} and {@code import}. */
    static void appliedUnderOtherNames(List<String> renamed, PrintWriter out) {
        if (!renamed.isEmpty()) {
            out.println("note: applied before under another name: " + String.join(", ", renamed.stream().limit(NAMES_SHOWN).toList())
                    + (renamed.size() > NAMES_SHOWN ? String.format(Locale.ROOT, " and %,d more", renamed.size() - NAMES_SHOWN) : "") + ".");
        }
    }

    /**
     * One note for each of the store's runs that never closed it (killed, or the machine stopped), which this run or import found
     * and marked interrupted as it opened the store (the review of session 25, L3: it did so without a word).
     */
    static void runsTakenOver(List<FindingsStore.TakenOverRun> runs, Path store, PrintWriter err) {
        // how many it applied: its last progress line counts records read, not committed, and "the inputs it applied" read as
        // though some were when none was (the review of session 33, K3)
        runs.forEach(run -> err.println("note: " + run.run() + " of the store " + store + " ended without closing it (killed, or the"
                + " machine stopped); it is marked interrupted in the store's log, " + (run.inputsApplied() == 0
                        ? "and it had applied no input (what it had read was not yet applied): this one applies its inputs"
                        : (run.inputsApplied() == 1 ? "and the input it applied stays applied" : "and the " + run.inputsApplied()
                        + " inputs it applied stay applied") + ": this one applies those it had not")));
        err.flush();
    }

    /** {@code 1 added, 2 revised, ..., 2 deleted (1 deletion matched no record)}: what a store run or an import changed. */
    static String changes(ChangeCounts c) {
        return String.format(Locale.ROOT, "%,d added, %,d revised, %,d re-extracted, %,d unchanged, %,d superseded, %s, %,d deleted"
                        + " (%s matched no record)", c.added(), c.revised(), c.reextracted(), c.unchanged(), c.superseded(),
                Plural.count(c.duplicate(), "duplicate"), c.deleted(), Plural.count(c.deletionsUnmatched(), "deletion"));
    }

    /** One line for the console: what the run did to the store. */
    static void print(RunIntoStore.Outcome outcome, Path storeFile, PrintWriter out) {
        if (outcome.created()) {
            out.println("Made a new findings store, " + storeFile.toAbsolutePath().normalize() + "." + (outcome.wasEmpty()
                    ? " It was an empty file (0 bytes): if it held a store before (a full disk, a bad copy), that store's records are"
                    + " not in this one; restore it from a backup" : ""));
        }
        if (outcome.readNoInput()) {
            List<String> empty = outcome.recorder().emptySearches();
            out.println(!empty.isEmpty() && outcome.appliedBefore().isEmpty()
                    ? "Store " + storeFile + ": " + String.join(", ", empty) + (empty.size() == 1 ? " finds" : " find")
                            + " no record now: no input to apply."
                    : outcome.appliedBefore().isEmpty() ? "Store " + storeFile + ": no input given; the run applies the exclusion list alone."
                    : "Nothing to apply: the store " + storeFile + " applied " + (outcome.appliedBefore().size() == 1 ? "this input" : "all "
                            + outcome.appliedBefore().size() + " inputs") + " before (give --force to apply again).");
        } else {
            StoreRecorder recorder = outcome.recorder();
            out.printf(Locale.ROOT, "Store %s: %s applied%s; %s.%n", storeFile, Plural.count(recorder.filesApplied(), "input"),
                    recorder.besidesApplied(outcome.appliedBefore().size()), changes(recorder.changes()));
            changedRecords(recorder, "run.json's store section", out);
            long superseded = recorder.changes().superseded();
            if (superseded > 0) { // the "Found" line counted their findings, which the store did not take; an import has none
                boolean one = superseded == 1;
                out.printf(Locale.ROOT, "note: %,d %s superseded (the store holds a newer version or a later text of %s, or an update"
                                + " deleted %s): %s findings above are not the store's.%n", superseded,
                        one ? "record read was" : "records read were", one ? "it" : "each", one ? "it" : "them", one ? "its" : "their");
            }
            long copies = recorder.changes().unchanged() + recorder.changes().duplicate();
            // overlapping exports: 755 findings "found" where the store gained 710, without a word (the review of session 30, L3);
            // "Found 0 findings" counts nothing again (the review of the change, T4)
            if (copies > 0 && outcome.result().summary().counts().findings() > 0) {
                boolean one = copies == 1;
                out.printf(Locale.ROOT, "note: %,d %s a copy of a record the store held (unchanged or a duplicate): the \"Found\" line"
                        + " above counts %s findings again; the store's own count is the last line.%n", copies,
                        one ? "record read was" : "records read were each", one ? "its" : "their");
            }
        }
        appliedUnderOtherNames(outcome.appliedUnderOtherNames(), out);
        laterTextsKept(outcome.recorder().laterTextsKept(), "store.later_texts_kept in run.json", out);
        absentRecords(outcome.recorder(), " (store.absent_records in run.json)", out);
        // the ids that match no record are among the run's problems (StoreRecorder.problemsOfTheWhole), told with them
        exclusions(outcome.recorder().exclusions(), storeFile, "as no --exclude was given", out);
        out.printf("The store holds %s and %s; make the reports with `evidentia report --store %s -o DIR`.%n",
                Plural.count(outcome.totals().records(), "record"), Plural.count(outcome.totals().findings(), "finding"),
                ShellWord.of(storeFile.toString()));
        out.flush();
    }
}
