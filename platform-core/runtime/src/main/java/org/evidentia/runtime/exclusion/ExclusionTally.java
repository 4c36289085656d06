package org.evidentia.runtime.exclusion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;

/**
 * Counts what an exclusion list excluded as records pass it, by reason, and which of its ids matched
 * no record. Not thread-safe: one thread hands it the records.
 */
public final class ExclusionTally {

    /** How many unmatched ids a message names; run.json lists them all. */
    public static final int IDS_NAMED = 10;

    private final ExclusionList list;
    private final Map<String, Long> byReason = new TreeMap<>();
    private final Set<ExclusionList.Exclusion> matched = new LinkedHashSet<>();
    private final List<Excluded> excluded = new ArrayList<>();
    private final List<String> twoReasons = new ArrayList<>();

    /** A record the list excluded: its id and the reason its entry gives. */
    public record Excluded(String recordId, String reason) {
    }

    public ExclusionTally(ExclusionList list) {
        this.list = list;
    }

    /**
     * The exclusion of a record (by its PMID, DOI or id), counted, or null when the list does not name it.
     */
    public ExclusionList.Exclusion exclude(String pmid, String doi, String id) {
        List<ExclusionList.Exclusion> all = list.allOf(pmid, doi, id);
        if (all.isEmpty()) {
            return null;
        }
        matched.addAll(all);
        ExclusionList.Exclusion first = all.get(0);
        byReason.merge(first.reason(), 1L, Long::sum);
        excluded.add(new Excluded(id, first.reason()));
        all.stream().filter(other -> !other.reason().equals(first.reason())).findFirst().ifPresent(other -> twoReasons.add(
                "record " + id + " is listed twice with two reasons, as " + first.id().value() + " (line " + first.line() + ": "
                        + ConsoleText.oneLine(first.reason()) + ") and as " + other.id().value() + " (line " + other.line() + ": "
                        + ConsoleText.oneLine(other.reason()) + "); it was excluded as the first says: give it one reason"));
        return first;
    }

    /**
     * A sentence for each record the list names by two of its ids (its PMID and its DOI, say) with two reasons, of which
     * the first (by the list's order of ids) was counted: an explorer's F6 (s15) saw the other dropped without a word.
     */
    public List<String> twoReasons() {
        return List.copyOf(twoReasons);
    }

    /**
     * Notes that {@code copy}, merged into the record {@code keptId} that went on unexcluded, is named by
     * the list: the copy read first held none of the ids the list gives (an RIS copy with a DOI alone,
     * the list giving the PMID). Those ids then do not count as matching no record.
     *
     * @return the warning to give, or null when the list does not name the copy
     */
    public String cameTooLate(String keptId, BibliographicRecord copy) {
        List<ExclusionList.Exclusion> all = list.allOf(copy.pmid(), copy.doi(), copy.id());
        if (all.isEmpty()) {
            return null;
        }
        matched.addAll(all);
        return "record " + keptId + " is on the exclusion list " + list.file() + " as " + all.get(0).id().value() + " ("
                + all.get(0).reason() + "), which only a later copy of it holds, so it was not excluded: the copy read first goes"
                + " on as it is read. List it as " + keptId + " too, or name the export holding that id first";
    }

    /** What was excluded, by reason, for the run summary. */
    public RunSummary.Exclusions exclusions() {
        return new RunSummary.Exclusions(list.file(), list.sha256(), byReason);
    }

    /** The records excluded, in the order they were read: the audit of which records a run left out, and why. */
    public List<Excluded> excludedRecords() {
        return List.copyOf(excluded);
    }

    /** The ids of the list that no record matched, in the list's order. */
    public List<ExcludedId> unmatched() {
        List<ExcludedId> ids = new ArrayList<>();
        for (ExclusionList.Exclusion e : list.exclusions()) {
            if (!matched.contains(e)) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    /**
     * {@code 2 ids of this exclusion list match no record of this run: 123, 456}, naming the
     * first {@value #IDS_NAMED}; null when every id matched.
     *
     * @param list  the list as the message names it: {@code the exclusion list exclusions.csv}, or {@code this exclusion list} in
     *              a problem that names its file already
     * @param where what the ids were looked for in ({@code no record of this run}, {@code no record the store holds})
     */
    public static String unmatchedMessage(String list, List<ExcludedId> unmatched, String where) {
        if (unmatched.isEmpty()) {
            return null;
        }
        List<String> named = unmatched.stream().limit(IDS_NAMED).map(ExcludedId::value).toList();
        return String.format(Locale.ROOT, "%s of %s %s %s: %s%s (a mistyped id, or a record this review does not"
                        + " hold; the list's other ids apply)", Plural.count(unmatched.size(), "id"), list, unmatched.size() == 1 ? "matches" : "match",
                where, String.join(", ", named),
                unmatched.size() > IDS_NAMED ? String.format(Locale.ROOT, " and %,d more", unmatched.size() - IDS_NAMED) : "");
    }

    /**
     * The warnings of the {@code unmatched} ids of list {@code list}: those of records an update deleted ({@code deletedBy}: the
     * input that deleted each) apart, to be taken off the list, where they were told "a mistyped id" (the review of session 25,
     * L10, and of session 27, V1: a store's report still told them so); then the rest, as {@link #unmatchedMessage}.
     */
    public static List<String> unmatchedMessages(String list, List<ExcludedId> unmatched, Map<ExcludedId, String> deletedBy, String where) {
        List<String> messages = new ArrayList<>();
        String unknown = unmatchedMessage(list, unmatched.stream().filter(id -> !deletedBy.containsKey(id)).toList(), where);
        if (unknown != null) {
            messages.add(unknown);
        }
        if (!deletedBy.isEmpty()) {
            List<String> named = deletedBy.entrySet().stream().limit(IDS_NAMED).map(e -> e.getKey().value() + " (deleted by " + e.getValue() + ")")
                    .toList();
            messages.add(String.format(Locale.ROOT, "%s of %s %s an update deleted since: %s%s; take %s off the list (the list's other"
                    + " ids apply)", Plural.count(deletedBy.size(), "id"), list, deletedBy.size() == 1 ? "names a record" : "name records",
                    String.join(", ", named), deletedBy.size() > IDS_NAMED ? String.format(Locale.ROOT, " and %,d more",
                            deletedBy.size() - IDS_NAMED) : "", deletedBy.size() == 1 ? "it" : "them"));
        }
        return messages;
    }

    /** {@code off-topic: 2; not a primary study: 1}: the records excluded by reason, most first. */
    public static String byReason(RunSummary.Exclusions exclusions) {
        List<String> parts = new ArrayList<>();
        exclusions.byReason().forEach((reason, n) -> parts.add(String.format(Locale.ROOT, "%s: %,d", shown(reason), n)));
        return String.join("; ", parts);
    }

    /**
     * A reason as the one-line tally writes it: on one line, and in double quotes when it holds the tally's own marks
     * ({@code "off-topic: a veterinary study": 2; other: 1}, which read as three reasons unquoted: an explorer's F9 and
     * F18, s15).
     */
    private static String shown(String reason) {
        String line = ConsoleText.oneLine(reason);
        return line.indexOf(':') >= 0 || line.indexOf(';') >= 0 || line.indexOf('"') >= 0
                ? '"' + line.replace("\"", "\"\"") + '"' : line;
    }
}
