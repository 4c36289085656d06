package org.evidentia.runtime.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.runtime.engine.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exclusion list's CSV file: what it reads, and every mistake told with the file, the line and what was expected. */
class ExclusionListReaderTest {

    @TempDir
    Path dir;

    private ExclusionList read(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return ExclusionListReader.read(file, name);
    }

    private ExclusionList read(String text) throws Exception {
        return read("exclusions.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> mistakes(String text) {
        try {
            read(text);
        } catch (ConfigurationException e) {
            return e.issues().stream().map(ConfigurationException.Issue::message).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no mistake found in " + text);
    }

    private static String described(ExclusionList list) {
        return String.join("|", list.exclusions().stream().map(e -> e.id().kind() + ":" + e.id().value() + "=" + e.reason() + "@" + e.line()).toList());
    }

    @Test
    void readsEveryFormAReviewerPastesAnIdIn() throws Exception {
        ExclusionList list = read("""
                id,reason
                31479874,off-topic
                PMID: 31480112,"not a primary study, a letter"
                pmid:100,off-topic
                https://pubmed.ncbi.nlm.nih.gov/200/,mis-imported
                10.1016/J.Cyto.2019.154808,duplicate publication
                doi:10.1000/xyz,off-topic
                https://doi.org/10.1000/abc,off-topic
                title:0123456789abcdef,no abstract
                R12,screened out
                bioc:doc-7,screened out
                """);
        assertThat(described(list)).isEqualTo("PMID:100=off-topic@4|PMID:200=mis-imported@5|PMID:31479874=off-topic@2"
                + "|PMID:31480112=not a primary study, a letter@3|DOI:10.1000/abc=off-topic@8|DOI:10.1000/xyz=off-topic@7"
                + "|DOI:10.1016/J.Cyto.2019.154808=duplicate publication@6|RECORD_ID:R12=screened out@10"
                + "|RECORD_ID:bioc:doc-7=screened out@11|RECORD_ID:title:0123456789abcdef=no abstract@9");
        // a record is found by its PMID, by its DOI in any case, or by its own id
        assertThat(list.of("31479874", null, "31479874").reason()).isEqualTo("off-topic");
        assertThat(list.of(null, "10.1016/j.cyto.2019.154808", "10.1016/j.cyto.2019.154808").reason()).isEqualTo("duplicate publication");
        assertThat(list.of(null, null, "title:0123456789abcdef").reason()).isEqualTo("no abstract");
        // a sheet's or a BioC document's own id, as studies.csv's Record id gives it (an explorer's F36: refused before)
        assertThat(list.of(null, null, "R12").reason()).isEqualTo("screened out");
        assertThat(list.of(null, null, "bioc:doc-7").reason()).isEqualTo("screened out");
        assertThat(list.of("999", "10.9/other", "999")).isNull();
        BibliographicRecord byDoi = BibliographicRecord.builder().pmid("555").doi("10.1000/XYZ").title("T").build();
        assertThat(list.of(byDoi).id().value()).as("a record with a PMID is found by the DOI listed").isEqualTo("10.1000/xyz");
        // a record's DOI in any spelling is the list's (the review of session 26's change, Q10)
        assertThat(list.of(null, "https://doi.org/10.1000/ABC", "https://doi.org/10.1000/ABC").reason()).isEqualTo("off-topic");
        assertThat(list.of(null, "doi: 10.1016/J.CYTO.2019.154808", "x").reason()).isEqualTo("duplicate publication");
    }

    /** A list's DOI folded every letter, a record's ASCII ones only: a DOI with a capital Ä never matched its record. */
    @Test
    void aDoiWithALetterBeyondAsciiIsFoundByItself() throws Exception {
        ExclusionList list = read("""
                id,reason
                10.9999/Ärger.1,off-topic
                """);
        assertThat(list.of(null, "https://doi.org/10.9999/Ärger.1", "https://doi.org/10.9999/Ärger.1").reason()).isEqualTo("off-topic");
    }

    @Test
    void aByteOrderMarkCrlfBlankLinesCommentsAndOtherColumnsAreReadAsAReviewerSavesThem() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Title,ID,Reason,Note\r\n\r\n# screened by AB on 2026-11-30\r\n\"A study, of mice\",31479874,animal study,\r\n"
                + ",,,\r\nAnother,31480112,  off-topic  ,see protocol\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        ExclusionList list = read("screened.csv", all);
        assertThat(list.file()).isEqualTo("screened.csv");
        assertThat(described(list)).isEqualTo("PMID:31479874=animal study@4|PMID:31480112=off-topic@6");
    }

    /** An explorer's L10 (2026-12-04): a spreadsheet in a European locale saves "CSV UTF-8" with semicolons, which was refused. */
    @Test
    void aListSavedWithSemicolonsIsReadAndACommaInAReasonStaysInIt() throws Exception {
        ExclusionList list = read("screened.csv", "ID;Reason;Note\r\n31479874;animal study, mice;\r\n\"31480112\";off-topic;see protocol\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(described(list)).isEqualTo("PMID:31479874=animal study, mice@2|PMID:31480112=off-topic@3");
        assertThat(ExclusionListReader.delimiterOf("# note; with a semicolon\nid,reason\n1,a; b\n")).as("the header decides").isEqualTo(',');
        assertThat(ExclusionListReader.delimiterOf("pmid;why\n")).as("no header of either: the comma, whose message names id,reason")
                .isEqualTo(',');
    }

    @Test
    void theOrderOfTheLinesDoesNotMatterAndAnIdListedTwiceWithOneReasonIsOneExclusion() throws Exception {
        ExclusionList a = read("id,reason\n2,b\n1,a\n10.1000/x,c\n");
        ExclusionList b = read("id,reason\n10.1000/x,c\n1,a\n2,b\nPMID 2,b\n");
        assertThat(a.exclusions().stream().map(e -> e.id() + "=" + e.reason()).toList())
                .isEqualTo(b.exclusions().stream().map(e -> e.id() + "=" + e.reason()).toList())
                .containsExactly("1=a", "2=b", "10.1000/x=c");
    }

    @Test
    void aHeaderOnlyFileIsAnEmptyListAndAnEmptyFileIsAMistake() throws Exception {
        assertThat(read("id,reason\n").exclusions()).isEmpty();
        assertThat(mistakes("")).containsExactly("exclusions.csv:1: the file is empty; expected a header line naming the columns id and"
                + " reason (id,reason), then one excluded record a line");
        assertThat(mistakes("pmid,why\n1,x\n")).containsExactly("exclusions.csv:1: expected a header line naming the columns id and reason"
                + " (id,reason), found pmid,why");
        // the review of session 25, m5: a tab-separated list was told "found id reason", what was asked for
        assertThat(mistakes("id\treason\n1\tx\n")).containsExactly("exclusions.csv:1: expected a header line naming the columns id and"
                + " reason (id,reason), found id<TAB>reason: its fields are separated by tabs, and the list is CSV (commas, or semicolons)");
    }

    @Test
    void everyBadLineIsToldAtOnceWithItsLineAndWhatWasExpected() {
        assertThat(mistakes("""
                id,reason
                31479874,off-topic
                a b c,off-topic
                31480112,
                ,no id
                200
                31479874,another reason
                99999999999,too long
                29366930,off-topic, animal study
                29366931,off-topic,,
                """)).containsExactly(
                "exclusions.csv:3: 'a b c' is no id of a record; expected " + ExcludedId.FORMS,
                "exclusions.csv:4: no reason is given for 31480112; every exclusion needs one (PRISMA: records excluded, with reasons)",
                "exclusions.csv:5: the id is empty; expected " + ExcludedId.FORMS,
                "exclusions.csv:6: expected 2 fields as the header has (an id and its reason), found 1: 200",
                "exclusions.csv:7: 31479874 is listed again with another reason ('another reason'; line 2 gives 'off-topic'): give each"
                        + " record one reason",
                "exclusions.csv:8: '99999999999' has 11 digits, and a PMID at most 10; expected " + ExcludedId.FORMS,
                // an unquoted comma cut the reason and dropped the rest without a word (an explorer's F17); trailing empty
                // fields, as a spreadsheet may save, are no mistake
                "exclusions.csv:9: found 3 fields, and the header has 2: a reason holding a comma is written in double quotes"
                        + " (29366930,\"off-topic, animal study\")");
    }

    /** A reason of a shifted column or a pasted abstract went whole into every report (an explorer's F30: 5 MB, exit 0). */
    @Test
    void aReasonOfMoreThanAThousandCharactersIsAMistakeAtItsLine() {
        assertThat(mistakes("id,reason\n31479874,off-topic\n31480112," + "x".repeat(1_001) + "\n")).containsExactly(
                "exclusions.csv:3: the reason for 31480112 is 1,001 characters long, more than the 1,000 a reason may have; is a column shifted?");
    }

    /**
     * Review 29, L1 and L2: an indented # line is no comment to the CSV parser, and its error named the line after it; a
     * PMID padded with zeros, as a spreadsheet may write it, matched nothing.
     */
    @Test
    void anIndentedHashLineIsToldAtItsOwnLineAndAPmidPaddedWithZerosIsThePmid() throws Exception {
        assertThat(mistakes("id,reason\n1,a\n  # indented note\n2,b\n")).singleElement().asString()
                .startsWith("exclusions.csv:3: expected 2 fields");
        ExclusionList padded = read("id,reason\n031479874,off-topic\nPMID: 0042,off-topic\n0,odd\n");
        assertThat(described(padded)).isEqualTo("PMID:0=odd@4|PMID:31479874=off-topic@2|PMID:42=off-topic@3");
        assertThat(padded.of("31479874", null, "31479874")).isNotNull();
    }

    @Test
    void badQuotingAndTextThatIsNotUtf8AreToldNamingTheFile() throws Exception {
        assertThat(mistakes("id,reason\n1,\"open quote\" then text\n")).singleElement().asString()
                .startsWith("exclusion list exclusions.csv: not well-formed CSV: ").contains("at line: 2");
        assertThatThrownBy(() -> read("latin1.csv", "id,reason\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("exclusion list latin1.csv: not UTF-8 text; save it as CSV UTF-8");
        assertThatThrownBy(() -> ExclusionListReader.read(dir.resolve("none.csv"), "none.csv"))
                .hasMessageStartingWith("exclusion list none.csv: no such file (looked for ");
    }

    /** Review 32 L2: a 300 MiB list was read whole and ended in an OutOfMemoryError with a stack trace. */
    @Test
    void aListOverSixteenMebibytesIsRefusedUnreadNamingTheFileAndTheLimit() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ExclusionListReader.MAX_BYTES + 1); // sparse: the size is all that is looked at
        }
        assertThatThrownBy(() -> ExclusionListReader.read(huge, "huge.csv")).isInstanceOf(ConfigurationException.class)
                .hasMessage("exclusion list huge.csv is 16,777,217 bytes, more than the 16,777,216 bytes (16 MiB) an exclusion list"
                        + " may have; is it an exclusion list (id,reason)?");
    }
}
