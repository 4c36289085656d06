package org.evidentia.plugins.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.evidentia.plugins.bioc.Fixtures.fixture;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiocJsonSourceTest {

    private final BiocJsonSource source = new BiocJsonSource();

    @Test
    void readsAPubtator3Export() {
        Path file = fixture("pubtator3.json");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("96400021");
        assertThat(first.title()).isEqualTo("Salivary IL-1beta after periodontal therapy");
        assertThat(first.sections()).as("a BioC passage is one section; its labels stay in its text")
                .containsExactly(new AbstractSection(null, "BACKGROUND: Periodontitis raises oral inflammation. RESULTS:"
                        + " Salivary IL-1beta decreased three months after therapy."));
        assertThat(first.authors()).containsExactly("Sato H", "Mendes P");
        assertThat(first.journal()).isEqualTo("J Oral Immunol");
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.metadata()).containsKeys("journal", "year", "authors").doesNotContainKeys("section", "type");
        assertThat(first.origins().get(0).line()).isEqualTo(1);
        assertThat(run.records().get(1).pmid()).isEqualTo("96400022");
        assertThat(run.log().notices()).containsExactly(file + ": its 1 annotation and 0 relations were not read:"
                + " Evidentia extracts findings of its own from the text");
    }

    @Test
    void readsAnArrayOfBiocPmcCollections() {
        Path file = fixture("bioc-pmc.json");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(1);
        BibliographicRecord record = run.records().get(0);
        assertThat(record.pmid()).isEqualTo("96400004");
        assertThat(record.pmcid()).isEqualTo("PMC9640004");
        assertThat(record.doi()).isEqualTo("10.9999/bioc.pmc.4");
        assertThat(record.authors()).containsExactly("Rossi G");
        assertThat(record.journal()).isEqualTo("Allergy Res");
        assertThat(record.year()).isEqualTo(2024);
        assertThat(record.abstractText()).isEqualTo("Plasma IL-33 was increased during exacerbations.");
        assertThat(record.origins().get(0).line()).isEqualTo(10);
        assertThat(run.log().notices()).containsExactly(file + ": 1 full-text passage (introduction, methods, ...) was not"
                + " read: records hold titles and abstracts");
    }

    @Test
    void inDocumentsOnePerLineADamagedLineLosesOnlyItsDocument() {
        Path file = fixture("documents-per-line.json");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400031", "96400033");
        assertThat(run.records().get(1).origins().get(0)).satisfies(o -> {
            assertThat(o.recordNumber()).isEqualTo(3);
            assertThat(o.line()).isEqualTo(3);
        });
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 2L), tuple(Problem.Kind.WARNING, 3L, 3L)); // named by the next document (s33, G6)
        assertThat(run.log().problems().get(0).message()).startsWith("JSON is not well-formed at line 2, column 61: ")
                .endsWith("; expected a BioC document object");
        assertThat(run.log().problems().get(1).message()).isEqualTo("reading resumes at line 3 with the next document");
        assertThat(run.declared()).isEqualTo(3);
    }

    /** The review of the change s33, R8: with the last document damaged, the resumption named a next document that is not there. */
    @Test
    void aDamagedLastDocumentNamesNoNextDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("last.json");
        String doc = "{\"id\":\"%s\",\"infons\":{},\"passages\":[{\"infons\":{\"type\":\"title\"},\"offset\":%s,\"text\":\"IL-6 in %s\"}]}";
        Files.writeString(file, doc.formatted("96400081", "0", "one") + "\n" + doc.formatted("96400082", "\"x0", "two") + "\n\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400081");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 2L));
        assertThat(run.declared()).isEqualTo(2);
    }

    /**
     * The review of session 28, N11: a collection whose list holds one document a line, as Evidentia's own bioc reporter writes
     * it, lost every document after a damaged one, uncounted. Reading resumes on the next line.
     */
    @Test
    void inACollectionOfOneDocumentALineADamagedDocumentLosesOnlyItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("listed.json");
        String doc = "{\"id\":\"%s\",\"infons\":{},\"passages\":[{\"infons\":{\"type\":\"title\"},\"offset\":%s,\"text\":\"IL-6 in %s\"}]}";
        Files.writeString(file, "{\"source\":\"Evidentia\",\"documents\":[\n" + doc.formatted("96400091", "0", "one") + ",\n"
                + doc.formatted("96400092", "\"x0", "two") + ",\n" + doc.formatted("96400093", "0", "three") + ",\n"
                + doc.formatted("96400094", "0", "four") + "\n]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400091", "96400093", "96400094");
        assertThat(run.records().get(1).origins().get(0)).satisfies(o -> {
            assertThat(o.recordNumber()).isEqualTo(3);
            assertThat(o.line()).isEqualTo(4);
        });
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line).containsExactly(
                tuple(Problem.Kind.SKIPPED_RECORD, 2L, 3L), tuple(Problem.Kind.WARNING, 3L, 4L));
        assertThat(run.log().problems().get(1).message()).isEqualTo("reading resumes at line 4 with the next document");
        assertThat(run.declared()).isEqualTo(4);

        // in an array of collections the text put before the next line would not fit what follows the list: reading stops, as
        // before, rather than resume and blame sound JSON (the review of the session's change, S2)
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[{\"source\":\"PubMed\",\"documents\":[\n" + doc.formatted("96400091", "0", "one") + ",\n"
                + doc.formatted("96400092", "\"x0", "two") + ",\n" + doc.formatted("96400093", "0", "three") + "\n]}]\n");
        CountingRead inArray = CountingRead.of(source, array);
        assertThat(inArray.records()).extracting(BibliographicRecord::pmid).containsExactly("96400091");
        assertThat(inArray.log().problems().get(1).message()).startsWith("reading stopped: JSON offers no point to resume from");
    }

    @Test
    void inACollectionDamagedJsonStopsReadingWithAWarning() {
        Path file = fixture("broken-collection.json");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400041");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber)
                .containsExactly(tuple(Problem.Kind.SKIPPED_RECORD, 2L), tuple(Problem.Kind.WARNING, 2L));
        assertThat(run.log().problems().get(1).message()).isEqualTo("reading stopped: JSON offers no point to resume from, so"
                + " documents after document 2 are not read");
        assertThat(run.declared()).as("no count is stated for a file not read to its end").isEqualTo(-1);
    }

    @Test
    void aPassageOffsetThatIsNoNumberSkipsItsDocumentWithItsLineAndTheNextIsRead(@TempDir Path dir) throws IOException {
        // found by BiocJsonFuzzTest: Long.parseLong's NumberFormatException escaped and ended the read
        Path file = dir.resolve("offset.json");
        Files.writeString(file, "{\"source\": \"PubMed\", \"documents\": [\n"
                + "{\"id\": \"96400081\", \"passages\": [{\"infons\": {\"type\": \"title\"},\n"
                + " \"offset\": \"zero\", \"text\": \"Bad offset\"}]},\n"
                + "{\"id\": \"96400082\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": \"0\", \"text\": \"After\"}]}]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400082");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line, Problem::message)
                .containsExactly(tuple(Problem.Kind.SKIPPED_RECORD, 1L, 2L,
                        "the passage \"offset\" at line 3 is 'zero': expected a character offset (a whole number)"));
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void aPassageOffsetOutOfRangeSkipsOnlyItsDocument(@TempDir Path dir) throws IOException {
        // well-formed JSON: it used to be taken for JSON that is not, and reading stopped, losing the documents after it
        Path file = dir.resolve("offset.json");
        Files.writeString(file, "{\"source\": \"PubMed\", \"documents\": [\n"
                + "{\"id\": \"96400083\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 1e30, \"text\": \"Huge\"}]},\n"
                + "{\"id\": \"96400084\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 0, \"text\": \"After\"}]}]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400084");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::message).containsExactly(tuple(Problem.Kind.SKIPPED_RECORD,
                "the passage \"offset\" at line 2 is '1e30': expected a character offset (a whole number)"));
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void aDocumentWithAnAbstractButNothingToNameItByIsSkippedAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        // found by BiocJsonFuzzTest: the record's own NullPointerException ("a record needs an id ...") escaped the source
        Path file = dir.resolve("unnamed.json");
        Files.writeString(file, "{\"source\": \"PubMed\", \"documents\": [\n"
                + "{\"passages\": [{\"infons\": {\"type\": \"abstract\"}, \"offset\": 0, \"text\": \"IL-6 rose.\"}]},\n"
                + "{\"id\": \"local-1\", \"infons\": {\"article-id_doi\": \" \"},"
                + " \"passages\": [{\"infons\": {\"type\": \"abstract\"}, \"offset\": 0, \"text\": \"IL-10 fell.\"}]},\n"
                + "{\"id\": \"96400085\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 0, \"text\": \"After\"}]}]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::id).as("an empty DOI infon names nothing: the document id does")
                .containsExactly("bioc:local-1", "96400085");
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::recordNumber, Problem::line, Problem::message)
                .containsExactly(tuple(Problem.Kind.SKIPPED_RECORD, 1L, 2L, "document without id has an abstract but no title,"
                        + " PMID or DOI: expected a title passage, a document id, or an article-id_pmid or article-id_doi infon"));
        assertThat(run.declared()).isEqualTo(3);
    }

    @Test
    void aCollectionAmongDocumentsOnePerLineCountsOnlyItsDocuments(@TempDir Path dir) throws IOException {
        // found by BiocJsonFuzzTest: the collection was counted as a document too, which was neither read nor skipped
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, "{\"id\": \"96400091\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 0, \"text\": \"First\"}]}\n"
                + "{\"source\": \"PubMed\", \"documents\": [{\"id\": \"96400092\", \"passages\": [{\"infons\": {\"type\": \"title\"},"
                + " \"offset\": 0, \"text\": \"Second\"}]}]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400091", "96400092");
        assertThat(run.records().get(1).origins().get(0).recordNumber()).isEqualTo(2);
        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void anObjectWithADocumentsIdAndADocumentListIsReadAsACollectionWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("both.json");
        Files.writeString(file, "{\"id\": \"96400093\", \"documents\": [{\"id\": \"96400094\", \"passages\": [{\"infons\":"
                + " {\"type\": \"title\"}, \"offset\": 0, \"text\": \"In the list\"}]}]}\n");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("96400094");
        assertThat(run.records().get(0).origins().get(0).recordNumber()).isEqualTo(1);
        assertThat(run.log().problems()).extracting(Problem::kind, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Kind.WARNING, 1L, "the object at line 1 holds \"documents\" after a document's \"id\" or"
                        + " \"passages\": read as a collection, its own id and passages are ignored; expected a collection or a"
                        + " document, not both"));
        assertThat(run.declared()).isEqualTo(1);
    }

    @Test
    void readsASingleDocumentObject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, "{\"id\": 96400071, \"infons\": {\"year\": 2017}, \"passages\": [{\"infons\": {\"type\": \"title\"},"
                + " \"offset\": 0, \"text\": \"IL-6 in one document\"}]}");

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).singleElement().satisfies(r -> {
            assertThat(r.pmid()).isEqualTo("96400071");
            assertThat(r.year()).isEqualTo(2017);
            assertThat(r.metadata()).containsEntry("year", List.of("2017"));
        });
        assertThat(run.declared()).isEqualTo(1);
    }

    @Test
    void aDocumentWithMoreTextThanTheLimitIsSkippedAndTheNextIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"source\": \"PubMed\", \"documents\": [{\"id\": \"1\", \"passages\": [");
            String passage = "{\"offset\": 0, \"text\": \"" + "x".repeat(1 << 20) + "\"}";
            for (int i = 0; i < 17; i++) {
                out.write((i == 0 ? "" : ",") + passage);
            }
            out.write("]},\n{\"id\": \"96400072\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 0, \"text\": \"After\"}]}]}");
        }

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("After");
        assertThat(run.log().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the document holds more than 16 MiB of text: expected one article's title and abstract (or full text)"));
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void aDocumentWithMorePassagesThanTheLimitIsSkippedAndTheNextIsRead(@TempDir Path dir) throws IOException {
        // little text (under the text limit) in far more passages than any real document holds: kept,
        // they would fill the heap
        Path file = dir.resolve("passages.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"source\": \"PubMed\", \"documents\": [\n{\"id\": \"96400081\", \"passages\": [");
            for (int i = 0; i <= BiocJsonDocuments.MAX_DOCUMENT_PARTS; i++) {
                out.write((i == 0 ? "" : ",") + "{\"offset\": 0, \"text\": \"a\"}");
            }
            out.write("]},\n{\"id\": \"96400082\", \"passages\": [{\"infons\": {\"type\": \"title\"}, \"offset\": 0, \"text\": \"After\"}]}]}");
        }

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("After");
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SKIPPED_RECORD);
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.recordNumber()).isEqualTo(1);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("the document holds more than 250000 passages, sentences and infons: expected"
                    + " one article's title and abstract (or full text)");
        });
        assertThat(run.declared()).isEqualTo(2);
    }

    @Test
    void aDocumentWithAsManyAuthorsAndReferencesAsTheLargestRealOnesIsKept(@TempDir Path dir) throws IOException {
        // a PMC full text of a 5,500-author paper: an infon per author on the front passage, 3,000
        // references of a dozen infons each, sentences in every paragraph
        StringBuilder json = new StringBuilder("{\"source\": \"PMC\", \"documents\": [{\"id\": \"96400091\", \"passages\": [");
        json.append("{\"infons\": {\"type\": \"front\", \"section_type\": \"TITLE\"");
        for (int i = 0; i < 5500; i++) {
            json.append(", \"name_").append(i).append("\": \"surname:Name").append(i).append(";given-names:F\"");
        }
        json.append("}, \"offset\": 0, \"text\": \"Combined measurement\"}");
        for (int p = 0; p < 2000; p++) {
            json.append(", {\"infons\": {\"type\": \"paragraph\"}, \"offset\": ").append(100 + p * 100).append(", \"sentences\": [");
            for (int s = 0; s < 10; s++) {
                json.append(s == 0 ? "" : ", ").append("{\"offset\": ").append(100 + p * 100 + s * 10).append(", \"text\": \"Sentence.\"}");
            }
            json.append("]}");
        }
        for (int r = 0; r < 3000; r++) {
            json.append(", {\"infons\": {\"type\": \"ref\"");
            for (int i = 0; i < 12; i++) {
                json.append(", \"name_").append(i).append("\": \"x\"");
            }
            json.append("}, \"offset\": ").append(300_000 + r * 10).append(", \"text\": \"Ref.\"}");
        }
        json.append("]}]}");
        Path file = Files.writeString(dir.resolve("collaboration.json"), json);

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::title).containsExactly("Combined measurement");
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void aStringLongerThanTheLimitIsSkippedNamingWhereReadingStopped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-string.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"source\": \"PubMed\", \"documents\": [{\"id\": \"1\", \"passages\": [{\"offset\": 0, \"text\": \"");
            out.write("x".repeat(17 << 20));
            out.write("\"}]}]}");
        }

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).isEmpty();
        assertThat(run.log().problems().get(0).message()).startsWith("JSON is not well-formed at line 1, column ")
                .contains("String value length");
    }

    @Test
    void detection(@TempDir Path dir) throws IOException {
        assertThat(source.accepts(PluginTestKit.input(fixture("pubtator3.json")))).isEqualTo(95);
        assertThat(source.accepts(PluginTestKit.input(fixture("bioc-pmc.json")))).isEqualTo(95);
        assertThat(source.accepts(PluginTestKit.input(fixture("documents-per-line.json")))).isEqualTo(90);
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"x\", \"version\": \"1.0.0\"}");
        assertThat(source.accepts(PluginTestKit.input(other))).isZero();
        assertThat(source.accepts(PluginTestKit.input(fixture("pubtator-collection.xml")))).isZero();
    }
}
