package org.evidentia.api;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A kind of finding and its vocabulary, declared by the {@link Extractor} that makes it
 * ({@link Extractor#findingKind()}). The core knows nothing of any domain: it reads this
 * declaration to synthesise, report and evaluate each kind on its own, so a second extractor never
 * changes the first one's numbers.
 *
 * <p>Kind names are one namespace across every plugin: findings are grouped, synthesised and
 * reported by the name alone. A run whose extractors declare two kinds of one name is therefore
 * refused before it reads anything (a configuration error, exit 2, naming both extractors, their
 * plugins and the kind), rather than counting the one's findings as the other's. Choose a name no
 * other extractor uses, or leave one of the two out of the run.
 *
 * <p>Example: the cytokine extractor declares {@code cytokine-change}, whose subjects are called
 * "Cytokine", with the attributes {@code comparison}, {@code population} (strata),
 * {@code specimen} (a breakdown) and {@code context} (a detail), and what each value of the first
 * three means to a reader ({@link Attribute#meanings()}).
 *
 * @param name          the kind's stable name, lower-case and hyphenated ({@code cytokine-change}),
 *                      unique among a run's extractors; {@link Finding#kind()} carries it
 * @param subjectLabel  what one subject is called, capitalised, for headings ({@code Cytokine})
 * @param subjectPlural the plural ({@code Cytokines})
 * @param attributes    the attributes findings of this kind may carry, in display order
 * @param keyAliases    subject keys that name the same subject as another key, each mapped to the
 *                      key it is scored and synthesised under ({@code IL23A -> IL23}); compared
 *                      case-insensitively; may be empty
 * @param accuracy      how accurately the extractor makes findings of this kind, as measured against
 *                      findings people annotated, in a sentence or two for a report's reader (what was
 *                      measured on, how many of the findings made are right, how many of the annotated
 *                      ones are found); reports show it beside the kind's findings, so that nobody
 *                      takes an automatic reading for a checked one. Empty (never null) when the
 *                      extractor was not measured; reports then say that its accuracy is not stated.
 *                      The HTML report reads two figures from it, when it gives them in these words,
 *                      to tell a reader in one plain sentence how often a count may be wrong: the
 *                      precision as {@code precision 0.86}, and how often the kind's first stratum
 *                      attribute ({@link #synthesisStrata()}, which decides a finding's stratum) is right
 *                      as the first fraction in brackets after that attribute's name or label within
 *                      its clause ({@code the comparison is right for 41 of 57 (0.72)} for an attribute
 *                      {@code comparison}); a statement in other words is shown as it is, and that
 *                      sentence then says the figures are not stated
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record FindingKind(String name, String subjectLabel, String subjectPlural,
                          List<Attribute> attributes, Map<String, String> keyAliases, String accuracy) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * @throws IllegalArgumentException when the name is not lower-case and hyphenated, or two
     *     attributes share a name
     */
    public FindingKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subjectLabel, "subjectLabel");
        Objects.requireNonNull(subjectPlural, "subjectPlural");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a finding kind's name is lower-case and hyphenated, not '" + name + "'");
        }
        attributes = List.copyOf(attributes);
        if (attributes.stream().map(Attribute::name).distinct().count() != attributes.size()) {
            throw new IllegalArgumentException("finding kind " + name + " declares an attribute twice");
        }
        TreeMap<String, String> aliases = new TreeMap<>();
        keyAliases.forEach((k, v) -> aliases.put(fold(k), fold(v)));
        keyAliases = Collections.unmodifiableSortedMap(aliases);
        accuracy = Objects.requireNonNull(accuracy, "accuracy").strip();
    }

    /**
     * A kind whose extractor states no measured accuracy ({@link #accuracy()} empty).
     *
     * @param name          as the canonical constructor
     * @param subjectLabel  as the canonical constructor
     * @param subjectPlural as the canonical constructor
     * @param attributes    as the canonical constructor
     * @param keyAliases    as the canonical constructor
     * @throws IllegalArgumentException as the canonical constructor
     * @since 0.1
     */
    public FindingKind(String name, String subjectLabel, String subjectPlural,
                       List<Attribute> attributes, Map<String, String> keyAliases) {
        this(name, subjectLabel, subjectPlural, attributes, keyAliases, "");
    }

    /** The attribute named {@code name}, if this kind declares it. */
    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The attributes with one role, in declaration order. */
    public List<Attribute> attributes(Attribute.Role role) {
        return attributes.stream().filter(a -> a.role() == role).toList();
    }

    /**
     * The attributes the synthesis stratifies by: the {@link Attribute.Role#STRATUM stratum}
     * attributes with declared values, in declaration order. A free-text stratum attribute
     * (no declared values, such as a condition) cannot be told apart reliably ("Crohn's disease",
     * "Crohn Disease", "active Crohn's disease"): splitting on it would scatter one question's
     * votes over many one-study strata, so it is counted within the strata instead
     * ({@link #synthesisBreakdowns()}), and a run narrows to one value with {@code --focus}.
     *
     * @since 0.1
     */
    public List<Attribute> synthesisStrata() {
        return attributes.stream().filter(a -> a.role() == Attribute.Role.STRATUM && a.closed()).toList();
    }

    /**
     * The attributes the synthesis counts within a stratum (how many studies state each value):
     * the free-text stratum attributes (a condition), then the
     * {@link Attribute.Role#BREAKDOWN breakdown} attributes, each in declaration order.
     *
     * @since 0.1
     */
    public List<Attribute> synthesisBreakdowns() {
        List<Attribute> result = new java.util.ArrayList<>();
        attributes.stream().filter(a -> a.role() == Attribute.Role.STRATUM && !a.closed()).forEach(result::add);
        result.addAll(attributes(Attribute.Role.BREAKDOWN));
        return List.copyOf(result);
    }

    /**
     * The key under which {@code key} is scored and synthesised: upper-cased, then mapped through
     * {@link #keyAliases()}.
     */
    public String canonicalKey(String key) {
        String folded = fold(key);
        return keyAliases.getOrDefault(folded, folded);
    }

    private static String fold(String key) {
        return key.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * One attribute of a kind's findings ({@link Finding#attribute(String)}), and what its values
     * mean to a reader.
     *
     * <p>Reporters show a value under its reader label where they name it for a reader (the HTML
     * report's strata, breakdowns and filters) and may explain the described values in a glossary
     * (the HTML report's "What the words mean", the review workbook's About sheet); the value itself
     * stays the key in data and output files. A reporter names no domain, so a value the kind does not
     * describe is shown as it is and explained nowhere. Example: the cytokine kind's comparison value
     * {@code condition} reads "cases vs controls" and means "people or animals with a disease or
     * state compared with controls without it".
     *
     * @param name     the key in {@link Finding#attributes()} and in output files ({@code specimen})
     * @param label    a heading for it ({@code Specimen})
     * @param values   the allowed values in their display order, the first being the one a reader
     *                 looks at first; empty for free text. Values outside this list are a contract
     *                 violation of the extractor
     * @param role     what the core does with it
     * @param meanings what declared values mean to a reader, by value; values without an entry are
     *                 shown as they are. Never null (empty when nothing is described, as the
     *                 four-argument constructor gives); unmodifiable, iterating in the order of
     *                 {@link #values()} whatever order it was given in. Experimental, as the record;
     *                 since 0.1
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Attribute(String name, String label, List<String> values, Role role, Map<String, ValueMeaning> meanings) {

        /**
         * The name of an attribute is lower-case and hyphenated ({@code time-point}: it is a key of
         * {@code --focus}, of gold files and of JSON output), and its values are distinct and not
         * blank. A run refuses an extractor whose kind breaks this, naming its plugin; the constructor
         * does not, so that a findings store written before the rule still reads.
         *
         * @throws IllegalArgumentException when {@code meanings} describes a value that is not one of
         *     {@code values} (a free-text attribute describes none), or two values would read alike
         *     (a reader label equal to another value's label or to another value)
         */
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
            values = List.copyOf(values);
            meanings = inValueOrder(name, values, meanings);
        }

        /**
         * An attribute whose values are not described ({@link #meanings()} empty): each is shown as
         * it is.
         *
         * @param name   as the canonical constructor
         * @param label  as the canonical constructor
         * @param values as the canonical constructor
         * @param role   as the canonical constructor
         * @since 0.1
         */
        public Attribute(String name, String label, List<String> values, Role role) {
            this(name, label, values, role, Map.of());
        }

        /**
         * The value as a reader reads it: its {@link ValueMeaning#readerLabel() reader label} when
         * {@link #meanings()} gives one, else the value itself (a value outside {@link #values()}
         * too). Reporters show "not stated" for a missing value themselves.
         *
         * @param value a value of this attribute; not null
         * @return the reader label or the value; never null
         * @since 0.1
         */
        public String readerLabel(String value) {
            Objects.requireNonNull(value, "value");
            ValueMeaning meaning = meanings.get(value);
            return meaning == null || meaning.readerLabel() == null ? value : meaning.readerLabel();
        }

        private static Map<String, ValueMeaning> inValueOrder(String name, List<String> values, Map<String, ValueMeaning> meanings) {
            Objects.requireNonNull(meanings, "meanings");
            meanings.forEach((value, meaning) -> {
                Objects.requireNonNull(value, "a described value");
                Objects.requireNonNull(meaning, "the meaning of " + value);
                if (!values.contains(value)) {
                    throw new IllegalArgumentException("attribute " + name + " describes '" + value + "', which is not one of its values "
                            + values);
                }
            });
            LinkedHashMap<String, ValueMeaning> ordered = new LinkedHashMap<>();
            Map<String, String> readAs = new HashMap<>(); // reader's word -> the value shown so
            for (String value : values) {
                ValueMeaning meaning = meanings.get(value);
                if (meaning != null) {
                    ordered.put(value, meaning);
                }
                String shown = meaning == null || meaning.readerLabel() == null ? value : meaning.readerLabel();
                String other = readAs.putIfAbsent(shown, value);
                if (other != null && !other.equals(value)) {
                    throw new IllegalArgumentException("attribute " + name + ": values '" + other + "' and '" + value
                            + "' would both read as '" + shown + "'");
                }
            }
            return Collections.unmodifiableMap(ordered);
        }

        /**
         * What one value of an attribute means to a reader of a report.
         *
         * @param readerLabel how the value reads to someone who did not run the tool, shown in its
         *                    place ({@code cases vs controls} for the comparison {@code condition});
         *                    null when the value reads well as it is ({@code serum}); else stripped
         *                    and not blank
         * @param meaning     what the value covers, as a glossary states it after the reader label
         *                    ({@code people or animals with a disease or state compared with controls
         *                    without it}): one sentence without a final full stop, and best without
         *                    semicolons, which a reporter may join meanings with; stripped, not
         *                    blank, not null. The bundled HTML reporter reads one phrase of it: a
         *                    {@link Role#BREAKDOWN} value whose meaning contains the words "in vitro"
         *                    ({@code cultured or isolated cells ... and other work in vitro}) marks
         *                    findings made in vitro, which a stratum's caution line counts
         *                    (docs/reports.md, "In vitro"); say it only of such values. A
         *                    {@link Role#STRATUM} value whose meaning ends with "(in vitro)"
         *                    ({@code measured in cultured cell lines (in vitro)}) marks its whole stratum
         *                    as work in vitro
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        public record ValueMeaning(String readerLabel, String meaning) {

            /** @throws IllegalArgumentException when the meaning, or a reader label given, is blank */
            public ValueMeaning {
                if (readerLabel != null) {
                    readerLabel = readerLabel.strip();
                    if (readerLabel.isEmpty()) {
                        throw new IllegalArgumentException("a reader label, when given, is not blank");
                    }
                }
                meaning = Objects.requireNonNull(meaning, "meaning").strip();
                if (meaning.isEmpty()) {
                    throw new IllegalArgumentException("a value's meaning is not blank");
                }
            }

            /**
             * A meaning for a value that reads well as it is ({@link #readerLabel()} null).
             *
             * @param meaning as the canonical constructor
             * @throws IllegalArgumentException as the canonical constructor
             * @since 0.1
             */
            public ValueMeaning(String meaning) {
                this(null, meaning);
            }
        }

        /** True when the attribute takes only {@link #values()}; such attributes are scored in evaluation. */
        public boolean closed() {
            return !values.isEmpty();
        }

        /**
         * The order in which the synthesis lists this attribute's values, for reporters to agree
         * with it: the declared {@link #values()} in their order, then other values in
         * {@link NaturalOrder}, then "not stated" ({@code null}) last.
         *
         * @return a comparator that accepts null; thread-safe
         * @since 0.1
         */
        public Comparator<String> valueOrder() {
            return (a, b) -> {
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : 1) : -1;
                }
                int ia = values.indexOf(a);
                int ib = values.indexOf(b);
                if (ia >= 0 || ib >= 0) {
                    return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
                }
                return NaturalOrder.INSTANCE.compare(a, b);
            };
        }

        /**
         * What the core does with an attribute.
         *
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        public enum Role {
            /**
             * Findings with different values are never counted together: the synthesis has one
             * stratum per combination of the values of the stratum attributes with declared values
             * (comparison, population). A free-text stratum attribute (condition) is counted within
             * the strata until its values are declared; see {@link FindingKind#synthesisStrata()}.
             */
            STRATUM,
            /** Counted within a stratum: how many studies state each value (specimen). */
            BREAKDOWN,
            /** Shown beside a finding, never counted (free-text context). */
            DETAIL
        }
    }
}
