package org.evidentia.runtime.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsBinderTest {

    enum Format { CSV, TSV, MARKDOWN }

    record TableOptions(
            @JsonPropertyDescription("table formats to write") @JsonAlias("format") List<Format> formats,
            @JsonPropertyDescription("write a UTF-8 byte-order mark") Boolean bom,
            @JsonProperty("max-rows") @JsonPropertyDescription("rows per table") Integer maxRows) {
        TableOptions {
            formats = formats == null ? List.of(Format.CSV) : List.copyOf(formats);
            bom = bom != null && bom;
            maxRows = maxRows == null ? 1000 : maxRows;
            if (maxRows < 1) {
                throw new IllegalArgumentException("max-rows must be at least 1, was " + maxRows);
            }
        }
    }

    private final OptionsBinder binder = new OptionsBinder();

    @Test
    void emptyConfigurationGivesTheDefaults() throws Exception {
        assertThat(binder.bind("table", TableOptions.class, Map.of())).isEqualTo(new TableOptions(List.of(Format.CSV), false, 1000));
    }

    @Test
    void textFromTheCommandLineIsCoercedAndEnumsMatchInAnyCase() throws Exception {
        var options = OptionsBinder.parseAssignments(List.of("table.formats=markdown", "table.formats=TSV", "table.bom=true", "table.max-rows=5"));
        TableOptions bound = binder.bind("table", TableOptions.class, options.get("table"));
        assertThat(bound).isEqualTo(new TableOptions(List.of(Format.MARKDOWN, Format.TSV), true, 5));
    }

    /** An option given under its name and its alias was bound from one of them without a word (an explorer's F24). */
    @Test
    void anOptionGivenUnderItsNameAndItsAliasIsAProblemAtTheLaterKey() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("format", "csv");
        values.put("formats", List.of("tsv"));
        values.put("bom", "maybe");

        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, values))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new OptionsException.Problem("formats", "option table.formats is another name of table.format, which is given too: give one of them"),
                        new OptionsException.Problem("bom", "option table.bom: expected true|false, not 'maybe'")));
        assertThat(values).as("the caller's values are left as they were").hasSize(3);
    }

    @Test
    void everyBadOptionIsReportedAtOnceWithItsPlace() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("formats", List.of("csv", "pdf"));
        values.put("colour", "red");
        values.put("bom", "maybe");

        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, values))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new OptionsException.Problem("formats[1]", "option table.formats[1]: 'pdf' is not allowed; allowed values: csv, tsv, markdown"),
                        new OptionsException.Problem("colour", "unknown option table.colour; known options: formats, bom, max-rows"),
                        new OptionsException.Problem("bom", "option table.bom: expected true|false, not 'maybe'")));
        assertThat(values).as("the caller's values are left as they were").hasSize(3);
    }

    record RangeOptions(Integer min, Integer max) {
        RangeOptions {
            min = min == null ? 2 : min;
            max = max == null ? 10 : max;
            if (min > max) {
                throw new IllegalArgumentException("min must not exceed max, was " + min + " > " + max);
            }
        }
    }

    @Test
    void theRecordsOwnCheckIsNotReportedForTheDefaultThatStoodInForABadValue() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("min", "abc");
        values.put("max", "1");

        assertThatThrownBy(() -> binder.bind("range", RangeOptions.class, values))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.key()).isEqualTo("min")));
        assertThatThrownBy(() -> binder.bind("range", RangeOptions.class, Map.of("min", "5", "max", "1")))
                .as("with every value good, the check itself is reported").hasMessage("option range: min must not exceed max, was 5 > 1");
    }

    @Test
    void errorsNameTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "xlsx")))
                .isInstanceOf(OptionsException.class)
                .hasMessage("option table.formats[0]: 'xlsx' is not allowed; allowed values: csv, tsv, markdown");
        // the review of session 30, K11: a list written with commas, as a doc had it, is told how a list is given
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "csv, tsv")))
                .hasMessage("option table.formats[0]: 'csv, tsv' is not allowed; allowed values: csv, tsv, markdown; a list takes one"
                        + " value per --option (--option table.formats=csv --option table.formats=tsv), or a YAML list in a pipeline file");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "[csv,tsv]")))
                .hasMessageEndingWith("(--option table.formats=csv --option table.formats=tsv), or a YAML list in a pipeline file");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "CSV,TSV")))
                .as("the values' case, as a value alone takes it").hasMessageEndingWith("(--option table.formats=csv --option"
                        + " table.formats=tsv), or a YAML list in a pipeline file");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", ",")))
                .as("nothing to suggest").message().doesNotContain("a list takes");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "csv,pdf")))
                .as("no hint that would paste a value refused").hasMessage("option table.formats[0]: 'csv,pdf' is not allowed; allowed"
                        + " values: csv, tsv, markdown");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("bom", "maybe")))
                .hasMessage("option table.bom: expected true|false, not 'maybe'");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("colour", "red")))
                .hasMessage("unknown option table.colour; known options: formats, bom, max-rows");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("max-rows", "0")))
                .hasMessage("option table.max-rows: max-rows must be at least 1, was 0");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("max-rows", "many")))
                .hasMessageStartingWith("option table.max-rows: expected integer");
        assertThatThrownBy(() -> OptionsBinder.parseAssignments(List.of("formats=csv")))
                .hasMessageContaining("is not of the form name.key=value");
    }

    /** The review of session 25, U12: an empty file option (an unset variable) was taken as no file, without a word. */
    @Test
    void anEmptyFileOptionIsRefusedAsTheOtherKindsOfValueAre() {
        assertThatThrownBy(() -> binder.bind("files", FileOptions.class, Map.of("lexicon", "")))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems())
                        .contains(new OptionsException.Problem("lexicon", "option files.lexicon: expected a file, not an empty name")));
        // and a list of files given an empty one (the review of the session's change, Q3)
        for (Object wordLists : List.of("", List.of("a.txt", ""))) {
            assertThatThrownBy(() -> binder.bind("files", FileOptions.class, Map.of("word-lists", wordLists)))
                    .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems())
                            .contains(new OptionsException.Problem("word-lists", "option files.word-lists: expected a file, not an empty name")));
        }
    }

    /** The review of session 25, U3: a key given twice was refused as a value of the wrong type ("expected true|false"). */
    @Test
    void anOptionOfOneValueGivenTwiceIsToldSo() throws Exception {
        var options = OptionsBinder.parseAssignments(List.of("table.bom=true", "table.bom=false", "table.max-rows=5", "table.max-rows=6"));
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, options.get("table")))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        new OptionsException.Problem("bom", "option table.bom takes one value, but 2 are given ('true', 'false'): a key"
                                + " repeated with --option, or a list, gives several"),
                        new OptionsException.Problem("max-rows", "option table.max-rows takes one value, but 2 are given ('5', '6'): a key"
                                + " repeated with --option, or a list, gives several")));
        // a list of one, or none, is no second value (the review of the session's change, R7)
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("bom", List.of(true))))
                .hasMessage("option table.bom takes one value, not a list: write bom: true, not [true]");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("bom", List.of())))
                .hasMessage("option table.bom takes one value, not a list: write bom: VALUE, not []");
        // a list option takes them, as before
        assertThat(binder.bind("table", TableOptions.class, OptionsBinder.parseAssignments(List.of("table.formats=csv", "table.formats=tsv"))
                .get("table")).formats()).containsExactly(Format.CSV, Format.TSV);
    }

    /**
     * Review s21 (CLI), D9: "--option table.bom=" (a shell variable that came out empty) meant the default without a word,
     * where "bom=yes" was refused; an empty text is no boolean, number or choice. A text option takes it as it is.
     */
    @Test
    void anEmptyValueIsNoBooleanNumberOrChoice() throws Exception {
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("bom", "")))
                .hasMessage("option table.bom: expected true|false, not ''");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("max-rows", "")))
                .hasMessageStartingWith("option table.max-rows: expected integer");
        assertThatThrownBy(() -> binder.bind("table", TableOptions.class, Map.of("formats", "")))
                .isInstanceOf(OptionsException.class);
        assertThat(binder.bind("lexicon", LexiconOptions.class, Map.of("lexicon-mode", "")).lexiconMode()).isEmpty();
    }

    enum Design {
        PRIMARY, REVIEW;

        @JsonCreator
        static Design parse(String label) {
            for (Design design : values()) {
                if (design.name().equalsIgnoreCase(label)) {
                    return design;
                }
            }
            throw new IllegalArgumentException("'" + label + "' is not a study design");
        }
    }

    record VotingOptions(@JsonProperty("voting-designs") List<Design> votingDesigns) {
    }

    /** It said "option synthesis: 'reviews' is not a study design", naming no key, where Jackson's own errors name one. */
    @Test
    void aValuesOwnParseErrorNamesTheKeyAndPlaceOfTheValue() {
        assertThatThrownBy(() -> binder.bind("synthesis", VotingOptions.class, Map.of("voting-designs", List.of("primary", "reviews"))))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactly(new OptionsException.Problem(
                        "voting-designs[1]", "option synthesis.voting-designs[1]: 'reviews' is not a study design")));
    }

    /** Checks its options in its constructor, as the cytokines extractor's options read their lexicon file. */
    record LexiconOptions(String lexicon, @JsonProperty("lexicon-mode") String lexiconMode, Integer depth) {
        LexiconOptions {
            if ("replace".equals(lexiconMode) && lexicon == null) {
                throw new IllegalArgumentException("lexicon-mode replace needs a 'lexicon' file to replace the built-in lexicon with");
            }
            if (lexicon != null && !lexicon.equals("good.tsv")) {
                throw new IllegalArgumentException("cannot read lexicon " + lexicon + ": no such file");
            }
        }
    }

    /** It said "option lex: cannot read lexicon ...", naming the extension where other option errors name the key. */
    @Test
    void theRecordsOwnCheckNamesTheOneOptionThatFailsItAlone() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("depth", "2");
        values.put("lexicon", "nolex.tsv");
        values.put("lexicon-mode", "replace");

        assertThatThrownBy(() -> binder.bind("lex", LexiconOptions.class, values))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        new OptionsException.Problem("lexicon", "option lex.lexicon: cannot read lexicon nolex.tsv: no such file")));
        assertThatThrownBy(() -> binder.bind("lex", LexiconOptions.class, Map.of("lexicon-mode", "replace", "depth", "2")))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactly(new OptionsException.Problem(
                        "lexicon-mode", "option lex.lexicon-mode: lexicon-mode replace needs a 'lexicon' file to replace the built-in lexicon with")));
        // a check of two options together names neither: each alone passes or fails otherwise (2 > 1, not 5 > 1)
        assertThatThrownBy(() -> binder.bind("range", RangeOptions.class, Map.of("min", "5", "max", "1")))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        new OptionsException.Problem(null, "option range: min must not exceed max, was 5 > 1")));
    }

    record PathOptions(@JsonPropertyDescription("a file to read") String lexicon) {
    }

    @Test
    void optionsWithoutAValueAreLeftOutOfTheJsonAndHaveNoDefault() throws Exception {
        assertThat(binder.toJson(binder.bind("x", PathOptions.class, Map.of()))).isEmpty();
        assertThat(binder.toJson(binder.bind("x", PathOptions.class, Map.of("lexicon", "my.tsv")))).containsEntry("lexicon", "\"my.tsv\"");
        assertThat(binder.describe("x", PathOptions.class)).singleElement()
                .satisfies(o -> assertThat(o.defaultValue()).isNull());
    }

    record FileOptions(@JsonPropertyDescription("a lexicon") java.nio.file.Path lexicon,
                       @JsonProperty("word-lists") List<java.nio.file.Path> wordLists, String name) {
    }

    /**
     * Review 30, M1: an option whose value is a Path names a file the run records with its checksum; it is written as the
     * user gave it (Jackson's own writing of a Path is a file: URI, absolute), and {@code describe} calls its type a path.
     */
    @Test
    void pathOptionsAreTheFilesTheOptionsNameWrittenAsGiven() throws Exception {
        FileOptions bound = binder.bind("x", FileOptions.class, Map.of("lexicon", "lexicons/my.tsv", "word-lists", List.of("a.txt", "b.txt"),
                "name", "not-a-file.txt"));
        assertThat(bound.lexicon()).isEqualTo(java.nio.file.Path.of("lexicons/my.tsv"));
        assertThat(binder.files(bound)).containsExactly(Map.entry("lexicon", List.of(java.nio.file.Path.of("lexicons/my.tsv"))),
                Map.entry("word-lists", List.of(java.nio.file.Path.of("a.txt"), java.nio.file.Path.of("b.txt"))));
        assertThat(binder.toJson(bound)).containsEntry("lexicon", "\"lexicons/my.tsv\"").containsEntry("word-lists", "[\"a.txt\",\"b.txt\"]");
        FileOptions none = binder.bind("x", FileOptions.class, Map.of());
        assertThat(binder.files(none)).isEmpty();
        assertThat(binder.describe("x", FileOptions.class)).extracting(OptionDescription::type).containsExactly("path", "list of path", "text");
    }

    @Test
    void describeListsKeysTypesDefaultsHelpAndAllowedValues() {
        List<OptionDescription> options = binder.describe("table", TableOptions.class);
        assertThat(options).extracting(OptionDescription::key).containsExactly("formats", "bom", "max-rows");
        assertThat(options.get(0).type()).isEqualTo("list of csv|tsv|markdown");
        assertThat(options.get(0).defaultValue()).isEqualTo("[\"csv\"]");
        assertThat(options.get(0).aliases()).containsExactly("format");
        assertThat(options.get(1)).isEqualTo(new OptionDescription("bom", "true|false", "false", "write a UTF-8 byte-order mark", List.of(), List.of()));
        assertThat(options.get(2).defaultValue()).isEqualTo("1000");
    }
}
