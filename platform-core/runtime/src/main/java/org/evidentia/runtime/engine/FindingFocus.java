package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.text.CloseNames;
import org.evidentia.textmining.attribute.StatementAttributes;

/**
 * A run's focus ({@code --focus condition=fibromyalgia --focus population=human}): keeps the
 * findings whose attributes match every attribute named, any of the values given for it.
 * A closed attribute matches its value exactly; a free-text one (a condition) when it contains the
 * words of the value as the kind's extractor writes it ({@link Extractor#focusValue}: the bundled
 * extractors read {@code condition=OSAHS} as "obstructive sleep apnea"), British and American
 * spellings alike ({@link StatementAttributes#americanSpelling}: {@code condition=sleep apnoea} keeps
 * "obstructive sleep apnea"); both ignore case. Findings of a kind that lacks an attribute are not
 * filtered by it.
 * Immutable; it says what it left out of each record ({@link RecordFindings#leftOutByFocus()}),
 * and counting that over the run is the caller's.
 */
public final class FindingFocus {

    /** What stands between words of a free-text value: compiled once, as it is used for every finding of a focused run. */
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> criteria;
    /** For a criterion whose value an extractor counts as a whole of others, those others, as it writes them. */
    private final Map<String, Set<String>> partsByCriterion;
    private final Map<String, List<Wanted>> valuesByAttribute;
    private final Map<String, FindingKind> kinds = new LinkedHashMap<>();
    /** The words of the values focused on for free-text attributes, which a record's title or abstract may hold. */
    private final List<String> freeTextWords;

    private FindingFocus(List<String> criteria, Map<String, List<Wanted>> valuesByAttribute, List<FindingKind> kinds,
                         List<String> freeTextWords, Map<String, Set<String>> partsByCriterion) {
        this.criteria = List.copyOf(criteria);
        this.partsByCriterion = partsByCriterion;
        this.valuesByAttribute = valuesByAttribute;
        kinds.forEach(k -> this.kinds.putIfAbsent(k.name(), k));
        this.freeTextWords = List.copyOf(freeTextWords);
    }

    /**
     * How a kind's extractor writes a value given for one of its free-text attributes
     * ({@link Extractor#focusValue}), by the kind's name.
     */
    @FunctionalInterface
    public interface ValueForms {

        /** Every value as given: for kinds whose extractor is not at hand. */
        ValueForms AS_GIVEN = (kind, attribute, value) -> value;

        String of(String kind, String attribute, String value);

        /** Every value a focus on {@code value} keeps, the first as {@link #of} gives it ({@link Extractor#focusValues}). */
        default List<String> all(String kind, String attribute, String value) {
            return List.of(of(kind, attribute, value));
        }

        /**
         * The forms the extractors give, each for its kind; a kind none of them makes keeps values as
         * given, and so does an extractor that returns null or throws (its plugin's fault; the value
         * as given is what a focus without this method matched).
         */
        static ValueForms of(List<LoadedExtension<Extractor>> extractors) {
            Map<String, Extractor> byKind = new LinkedHashMap<>();
            for (LoadedExtension<Extractor> e : extractors) {
                byKind.putIfAbsent(e.extension().findingKind().name(), e.extension());
            }
            return new ValueForms() {
                @Override
                public String of(String kind, String attribute, String value) {
                    Extractor extractor = byKind.get(kind);
                    if (extractor == null) {
                        return value;
                    }
                    try {
                        String written = extractor.focusValue(attribute, value);
                        return written == null ? value : written;
                    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                        return value; // its plugin's fault, as at every call into a plugin (the review of the session's change, T4)
                    }
                }

                @Override
                public List<String> all(String kind, String attribute, String value) {
                    Extractor extractor = byKind.get(kind);
                    List<String> written = null;
                    try {
                        written = extractor == null ? null : extractor.focusValues(attribute, value);
                    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                        // its plugin's fault: the value as the one form gives it
                    }
                    // List.of(...).contains(null) throws: an immutable list is what an extractor returns most
                    return written == null || written.isEmpty() || written.stream().anyMatch(Objects::isNull)
                            ? List.of(of(kind, attribute, value)) : List.copyOf(written);
                }
            };
        }
    }

    /**
     * Parses {@code attribute=value} criteria against the run's kinds.
     *
     * @param forms how each kind's extractor writes a value given for a free-text attribute
     * @throws ConfigurationException when a criterion is malformed or names an attribute no kind has,
     *     or a value a closed attribute does not take
     */
    public static FindingFocus of(List<String> criteria, List<FindingKind> kinds, ValueForms forms) throws ConfigurationException {
        Map<String, List<Wanted>> values = new LinkedHashMap<>();
        List<String> freeTextWords = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Map<String, Set<String>> parts = new LinkedHashMap<>();
        for (String criterion : criteria) {
            int eq = criterion.indexOf('=');
            if (eq <= 0 || eq == criterion.length() - 1) {
                throw new ConfigurationException("focus '" + criterion + "' is not of the form attribute=value, e.g. condition=fibromyalgia");
            }
            String value = criterion.substring(eq + 1).strip();
            String attribute = attributeNamed(criterion.substring(0, eq).strip(), kinds);
            String afterASecondEquals = value.startsWith("=") ? value.substring(1).strip() : null;
            if (afterASecondEquals != null && !afterASecondEquals.isEmpty()) {
                // condition==crohn kept nothing and was echoed as written (the review of session 25, m14)
                throw new ConfigurationException("focus '" + criterion + "' has two '=': write " + attribute + "=" + afterASecondEquals);
            }
            if (attribute.isEmpty() || value.isEmpty() || afterASecondEquals != null) {
                throw new ConfigurationException("focus '" + criterion + "' is not of the form attribute=value, e.g. condition=fibromyalgia");
            }
            // one criterion as written once: " population = human " and a repeat of it are echoed as population=human
            String asWritten = attribute + "=" + value;
            if (written.stream().anyMatch(asWritten::equalsIgnoreCase)) {
                continue;
            }
            written.add(asWritten);
            List<Attribute> declared = kinds.stream().flatMap(k -> k.attribute(attribute).stream()).toList();
            if (declared.isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                kinds.forEach(k -> k.attributes().forEach(a -> known.add(a.name())));
                // a typo is offered its attribute, as an extractor's or an option's is (the review of session 25, m17)
                throw new ConfigurationException("focus on '" + attribute + "', but no finding kind of this run has that attribute"
                        + CloseNames.didYouMean(attribute, List.copyOf(known)) + "; "
                        + (known.isEmpty() ? "its kinds have no attributes" : "attributes: " + String.join(", ", known)));
            }
            Attribute closed = declared.stream().filter(Attribute::closed).findFirst().orElse(null);
            if (closed != null && closed.values().stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                // the words a report shows a value in are what a reader copies: say which value they are
                String shownAs = closed.values().stream().filter(v -> closed.readerLabel(v).equalsIgnoreCase(value)).findFirst()
                        .map(v -> " ('" + value + "' is how " + attribute + "=" + v + " reads in reports: focus on " + attribute + "="
                                + v + ")").orElse("");
                String several = FocusedValuesSeen.severalInOne(attribute, List.of(value));
                String close = CloseNames.didYouMean(value, closed.values(), v -> attribute + "=" + v);
                throw new ConfigurationException("focus " + attribute + "=" + value + ": '" + value + "' is not a value of "
                        + attribute + (!several.isEmpty() ? "" : !shownAs.isEmpty() ? shownAs : !close.isEmpty() ? close
                                : meantBy(closed, attribute, value))
                        + "; values: " + String.join(", ", closed.values()) + several);
            }
            Map<String, List<String>> wordsByKind = new LinkedHashMap<>();
            // for each kind whose attribute is free text (another kind's may be closed), as its extractor writes the value:
            // "OSAHS" and "severe obstructive sleep apnea" find "obstructive sleep apnea"
            for (FindingKind kind : kinds) {
                if (kind.attribute(attribute).filter(a -> !a.closed()).isPresent() && !wordsByKind.containsKey(kind.name())) {
                    // the value's form, then those of the parts of a whole ("inflammatory bowel disease": "Crohn disease" too)
                    List<String> all = forms.all(kind.name(), attribute, value);
                    List<String> words = all.stream().map(FindingFocus::words).distinct().toList();
                    all.stream().skip(1).forEach(part -> parts.computeIfAbsent(asWritten, c -> new LinkedHashSet<>()).add(part));
                    wordsByKind.put(kind.name(), words);
                    words.stream().filter(w -> !w.isEmpty() && !freeTextWords.contains(w)).forEach(freeTextWords::add);
                }
            }
            values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(new Wanted(value, value.toLowerCase(Locale.ROOT), wordsByKind));
        }
        return new FindingFocus(written, values, kinds, freeTextWords, parts);
    }

    /**
     * A value whose meaning, as the report's glossary gives it, names {@code value} (a plural or a y-ending word alike:
     * "biopsy" is among what {@code specimen=tissue} means, "biopsies, mucosa, ..."), as a suggestion; empty when none does,
     * where no close name was offered either (the reader's review of session 27, D6).
     */
    private static String meantBy(Attribute closed, String attribute, String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        String stem = word.endsWith("y") || word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (stem.length() < 4) {
            return "";
        }
        Pattern named = Pattern.compile("(?iu)\\b" + Pattern.quote(stem));
        return closed.values().stream()
                .filter(v -> closed.meanings().get(v) != null && named.matcher(closed.meanings().get(v).meaning()).find())
                .findFirst().map(v -> " ('" + value + "' is among what " + attribute + "=" + v + " means: focus on " + attribute + "=" + v + ")")
                .orElse("");
    }

    /**
     * The attribute a criterion names, as the kinds declare it: {@code Population} is {@code population}, as values ignore
     * case; a name no kind declares in any case is returned as given, for the error that follows.
     */
    private static String attributeNamed(String given, List<FindingKind> kinds) {
        List<String> names = kinds.stream().flatMap(k -> k.attributes().stream()).map(Attribute::name).toList();
        return names.contains(given) ? given : names.stream().filter(given::equalsIgnoreCase).findFirst().orElse(given);
    }

    /**
     * For each criterion whose value an extractor counts as a whole of others, that its findings are kept too, in one sentence
     * ({@code focus condition=IBD keeps the findings of ulcerative colitis and Crohn disease too, ...}): a focus wider than it
     * reads was stated nowhere (the review of session 27's change, R3).
     */
    public List<String> widenings() {
        List<String> told = new ArrayList<>();
        partsByCriterion.forEach((criterion, parts) -> told.add("focus " + criterion + " keeps the findings of " + joined(List.copyOf(parts))
                + " too, which its extractor counts as parts of it (name them with --focus to keep them alone)"));
        return told;
    }

    private static String joined(List<String> values) {
        return values.size() == 1 ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }

    /**
     * The criteria, each once and as the kinds name its attribute ({@code attribute=value}, the blanks about the
     * {@code =} and at the ends taken off), in the order given.
     */
    public List<String> criteria() {
        return criteria;
    }

    /**
     * The criteria ({@code attribute=value}) on a free-text attribute of {@code kind}: those its
     * extractor's {@link Extractor#focusValue} would read, which a report whose store holds the kind
     * without its extractor installed matches as written.
     */
    public List<String> freeTextCriteria(String kind) {
        List<String> named = new ArrayList<>();
        valuesByAttribute.forEach((attribute, wanted) -> wanted.stream().filter(w -> w.wordsByKind().containsKey(kind))
                .forEach(w -> named.add(attribute + "=" + w.given())));
        return named;
    }

    /**
     * The values given for each free-text attribute focused on ({@code condition} to {@code [astma]}), by attribute:
     * the values a run that kept nothing may have misspelt, which no check before it can tell.
     */
    public Map<String, List<String>> freeTextValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        valuesByAttribute.forEach((attribute, wanted) -> wanted.stream().filter(w -> !w.wordsByKind().isEmpty())
                .forEach(w -> values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(w.given())));
        return values;
    }

    /**
     * The record with only the findings in focus, and what the focus left out of it
     * ({@link RecordFindings#leftOutByFocus()}); the same object when the focus takes nothing from it.
     */
    public RecordFindings apply(RecordFindings record) {
        if (valuesByAttribute.isEmpty() || record.findings().isEmpty()) {
            return record;
        }
        List<Finding> kept = new ArrayList<>(record.findings().size());
        int unstated = 0;
        for (Finding finding : record.findings()) {
            Verdict verdict = verdict(finding);
            if (verdict == Verdict.KEPT) {
                kept.add(finding);
            } else if (verdict == Verdict.UNSTATED) {
                unstated++;
            }
        }
        if (kept.size() == record.findings().size()) {
            return record;
        }
        int leftOut = record.findings().size() - kept.size();
        return new RecordFindings(record.record(), record.design(), kept,
                new RecordFindings.FocusLoss(leftOut, unstated, namesFocus(record.record())));
    }

    /**
     * Whether the record's title or abstract holds the words of a value focused on for a free-text
     * attribute, matched as a finding's value is: a reader checking the records the focus lost by hand
     * begins with those. Read only for records the focus took findings from.
     */
    private boolean namesFocus(BibliographicRecord record) {
        if (freeTextWords.isEmpty()) {
            return false;
        }
        String text = " " + words((record.title() == null ? "" : record.title()) + " " + record.abstractText()) + " ";
        return freeTextWords.stream().anyMatch(w -> text.contains(" " + w + " "));
    }

    /** A finding kept, left out for want of a value alone, or left out for a value the focus does not keep. */
    private enum Verdict { KEPT, UNSTATED, OTHER_VALUE }

    private Verdict verdict(Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        Verdict verdict = Verdict.KEPT;
        for (Map.Entry<String, List<Wanted>> criterion : valuesByAttribute.entrySet()) {
            Attribute attribute = kind == null ? null : kind.attribute(criterion.getKey()).orElse(null);
            if (attribute == null) {
                continue;
            }
            String value = finding.attribute(attribute.name());
            if (value == null) {
                verdict = Verdict.UNSTATED;
            } else if (criterion.getValue().stream().noneMatch(matcher(attribute, value, finding.kind()))) {
                return Verdict.OTHER_VALUE;
            }
        }
        return verdict;
    }

    /** Which wanted values the finding's {@code value} of {@code attribute}, of kind {@code kind}, matches. */
    private static Predicate<Wanted> matcher(Attribute attribute, String value, String kind) {
        if (attribute.closed()) {
            String lower = value.toLowerCase(Locale.ROOT);
            return wanted -> wanted.lower().equals(lower);
        }
        String padded = " " + words(value) + " ";
        return wanted -> {
            List<String> words = wanted.wordsByKind().get(kind);
            return words != null && words.stream().anyMatch(w -> padded.contains(" " + w + " "));
        };
    }

    /**
     * A value of a focus criterion: in lower case for a closed attribute, and for a free-text one as
     * {@link #words} of the value as each kind with the attribute writes it.
     */
    private record Wanted(String given, String lower, Map<String, List<String>> wordsByKind) {
    }

    /**
     * A free-text value as words to match: lower case, American spelling (the kit's condition values
     * are written so; a value given by hand, or another extractor's, may be British), one space
     * between words and no punctuation.
     */
    private static String words(String value) {
        return NOT_WORDS.matcher(StatementAttributes.americanSpelling(value)).replaceAll(" ").strip();
    }
}
