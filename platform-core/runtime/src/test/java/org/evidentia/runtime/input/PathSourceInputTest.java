package org.evidentia.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSourceInputTest {

    @TempDir
    Path dir;

    @Test
    void gzipIsRecognisedByContentAndInflatedWholeWhateverTheName() throws Exception {
        byte[] content = randomText(3_000_000);
        Path gz = dir.resolve("export.xml.gz");
        Path misnamed = dir.resolve("export.xml");
        Files.write(gz, gzip(content));
        Files.write(misnamed, gzip(content));

        for (Path file : new Path[] {gz, misnamed}) {
            PathSourceInput input = new PathSourceInput(file);
            assertThat(input.compressed()).isTrue();
            assertThat(input.fileName()).isEqualTo("export.xml");
            try (InputStream in = input.openStream()) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThat(input.head()).isEqualTo(Arrays.copyOf(content, PathSourceInput.HEAD_BYTES));
        }
    }

    @Test
    void aFileNoSourceReadsIsSaidToBeAWebPageOrNotGzipWhenItIs() throws Exception {
        String page = "\n<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n";
        Path savedPage = Files.writeString(dir.resolve("pubmed26n1241.xml.gz"), page);
        Path pageAsText = Files.writeString(dir.resolve("export.txt"), page);
        Path notGzip = Files.writeString(dir.resolve("notes.xml.gz"), "plain text under a gzip name\n");
        Path realGzip = Files.write(dir.resolve("real.txt.gz"), gzip("some text\n".getBytes(StandardCharsets.UTF_8)));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "some text\n");

        assertThat(new PathSourceInput(savedPage).unreadHint()).isEqualTo("named .gz but not gzip-compressed: it is a web page"
                + " (it starts with <html>), perhaps an error page that a download saved in place of the file: download it again");
        assertThat(new PathSourceInput(pageAsText).unreadHint()).startsWith("it is a web page (it starts with <html>)");
        assertThat(new PathSourceInput(notGzip).unreadHint()).isEqualTo("named .gz but not gzip-compressed");
        assertThat(new PathSourceInput(realGzip).unreadHint()).isNull();
        assertThat(new PathSourceInput(plain).unreadHint()).isNull();
        // the review of session 25, U6: PubMed's Save as PMID, one PMID a line
        Path pmids = Files.writeString(dir.resolve("pmid-fibromyalg-set.txt"), "25977516\n25647344\n26245454\n");
        assertThat(new PathSourceInput(pmids).unreadHint()).isEqualTo("it is a list of PMIDs (PubMed's Save, format PMID), which holds no"
                + " titles or abstracts: save the search as PubMed (MEDLINE) or Abstract (text) instead, or fetch these records with"
                + " --pubmed '25977516[uid] OR 25647344[uid] OR ...'");
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("numbers.txt"), "12\nnot a pmid\n")).unreadHint()).isNull();
    }

    /**
     * The review of session 28, N13: an E-utilities search result, an EndNote library, a full-text article, a PMID list saved as
     * a sheet and files compressed twice or otherwise than with gzip were told only as files no source reads.
     */
    @Test
    void commonWrongFilesAreToldWhatTheyAreAndWhatToDo() throws Exception {
        Path esearch = Files.writeString(dir.resolve("esearch.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<!DOCTYPE eSearchResult PUBLIC \"-//NLM//DTD esearch 20060628//EN\" \"esearch.dtd\">\n"
                + "<eSearchResult><Count>3</Count><IdList><Id>39166637</Id></IdList></eSearchResult>\n");
        Path endnote = Files.writeString(dir.resolve("library.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record>"
                + "<titles><title>IL-6</title></titles></record></records></xml>\n");
        Path jats = Files.writeString(dir.resolve("PMC123.xml"), "<!-- from PMC -->\n<article article-type=\"research-article\">"
                + "<front/></article>\n");
        Path sheet = Files.writeString(dir.resolve("pmids.csv"), "PMID\n25977516\n25647344\n");
        byte[] text = "PMID- 1\nTI  - A title.\n".getBytes(StandardCharsets.US_ASCII);
        Path twice = Files.write(dir.resolve("export.txt.gz"), gzip(gzip(text)));
        Path bzip2 = Files.write(dir.resolve("export.txt.bz2"), new byte[] {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26});
        Path xz = Files.write(dir.resolve("export.txt.xz"), new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 4});

        assertThat(new PathSourceInput(esearch).unreadHint()).startsWith("it is an E-utilities search result (<eSearchResult>)");
        assertThat(new PathSourceInput(endnote).unreadHint()).startsWith("it is an EndNote XML library: export the library as RIS");
        assertThat(new PathSourceInput(jats).unreadHint()).startsWith("it is a full-text article in JATS XML (PubMed Central)");
        assertThat(new PathSourceInput(sheet).unreadHint()).startsWith("it is a list of PMIDs").endsWith("--pubmed '25977516[uid] OR 25647344[uid]'");
        assertThat(new PathSourceInput(twice, "export.txt.gz").unreadHint()).isEqualTo("it is gzip-compressed twice (a browser may"
                + " save a download so): decompress it once (gunzip export.txt.gz) and give the file it leaves");
        assertThat(new PathSourceInput(bzip2, "export.txt.bz2").unreadHint()).isEqualTo("it is bzip2-compressed, which Evidentia does"
                + " not read (gzip it is): decompress it (bunzip2 export.txt.bz2) and give the file it leaves");
        assertThat(new PathSourceInput(xz, "sub/export.txt.xz").unreadHint()).startsWith("it is xz-compressed").contains("(unxz sub/export.txt.xz)");
        // the review of the change, R7: a sheet's values quoted and Excel's byte-order mark; a name gunzip would refuse
        Path quoted = Files.writeString(dir.resolve("quoted.csv"), "\uFEFF\"PMID\"\r\n\"25977516\"\r\n\"0025647344\"\r\n");
        assertThat(new PathSourceInput(quoted).unreadHint()).startsWith("it is a list of PMIDs");
        Path noSuffix = Files.write(dir.resolve("my download"), gzip(gzip(text)));
        // named as the run names it, quoted for the shell (S8)
        assertThat(new PathSourceInput(noSuffix, "in/my download").unreadHint())
                .contains("decompress it once (gunzip -c 'in/my download' > 'in/my download.once')");
        // an XML root of records is none of these
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("set.xml"), "<?xml version=\"1.0\"?>\n<PubmedArticleSet>"
                + "</PubmedArticleSet>\n")).unreadHint()).isNull();
    }

    /**
     * The review of session 30, K12: a zip whose files are stored, not compressed, was read as a MEDLINE file, with warnings
     * quoting its headers and a note to save it as UTF-8. A Word document, a zip too, is left to be told what it is.
     */
    @Test
    void aZipArchiveIsToldAsSuchStoredOrNotAndAWordDocumentIsNoArchive() throws Exception {
        Path stored = dir.resolve("two exports.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(stored))) {
            byte[] text = "PMID- 1\nTI  - A title.\n".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("m.txt");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(text.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(text);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(text);
            zip.closeEntry();
        }
        Path word = dir.resolve("paper.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(word))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        // named as the run names it, folder and all, quoted for the shell (the review of the change, R6)
        assertThat(new PathSourceInput(stored, "in/two exports.zip").archive()).isEqualTo("is a zip archive, not an export: unzip it"
                + " (unzip 'in/two exports.zip')"
                + " and give the files in it (or their folder) as inputs");
        assertThat(new PathSourceInput(word).archive()).isNull();
        assertThat(new PathSourceInput(word).unreadHint()).startsWith("it is a Word document");
    }

    /** The review of session 30, L2: a findings store named as an input, --store forgotten, was "no source reads this file". */
    @Test
    void anSqliteFileIsToldToBeGivenWithStore() throws Exception {
        byte[] header = new byte[100];
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, header, 0, magic.length);
        Path store = Files.write(dir.resolve("review.db"), header);

        assertThat(new PathSourceInput(store).unreadHint()).isEqualTo("it is an SQLite database, such as an Evidentia findings store: a"
                + " store is given with --store FILE (evidentia run --store FILE INPUTS... adds inputs to it; evidentia report --store"
                + " FILE reports it), not as an input");
    }

    /** The review of session 25, U15: a tar of exports was read as one MEDLINE file, 19 "skipped records" of its headers and a page. */
    @Test
    void aTarArchiveIsToldAsSuchGzippedOrNot() throws Exception {
        byte[] tar = TarBytes.of("good.txt", '0', "PMID- 1\nTI  - A title.\n".getBytes(StandardCharsets.US_ASCII));
        Path plain = Files.write(dir.resolve("exports.tar"), tar);
        Path zipped = Files.write(dir.resolve("exports.tar.gz"), gzip(tar));

        assertThat(new PathSourceInput(plain, "exports.tar").archive()).isEqualTo("is a tar archive (its first file: good.txt), not an export: unpack it"
                + " (tar xf exports.tar) and give the folder");
        assertThat(new PathSourceInput(zipped, "exports.tar.gz").archive()).isEqualTo("is a tar archive (its first file: good.txt), not an export: unpack it"
                + " (tar xf exports.tar.gz) and give the folder");
        assertThat(new PathSourceInput(Files.write(dir.resolve("folder.tar"), TarBytes.of("exports/", '5', new byte[0])), "folder.tar").archive())
                .as("a folder's entry is not named as a file").isEqualTo("is a tar archive, not an export: unpack it (tar xf folder.tar) and"
                        + " give the folder");
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("plain.nbib"), "PMID- 1\nTI  - A title.\n")).archive()).isNull();
        // the review of the session's change, Q1: a text whose bytes 257 to 261 read "ustar" ("mustard") is no archive
        String text = "PMID- 1\nAB  - " + "x".repeat(256 - 14) + "mustard exposure raised IL-6.\n";
        assertThat(text.substring(257, 262)).isEqualTo("ustar");
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("mustard.nbib"), text + "y".repeat(600))).archive()).isNull();
    }

    @Test
    void aFileNoSourceReadsIsSaidToBeAWordPdfOrOtherDocumentByItsFirstBytesWithWhatToDo() throws Exception {
        // review 7, finding 6: a .docx or .pdf of abstracts got only the list of sources tried
        Path word = Files.write(dir.resolve("abstracts.docx"), zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
        Path workbook = Files.write(dir.resolve("export.xlsx"), zip("[Content_Types].xml", "xl/workbook.xml"));
        Path archive = Files.write(dir.resolve("exports.zip"), zip("a.nbib", "b.nbib"));
        Path pdf = Files.writeString(dir.resolve("abstracts.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        Path oldWord = Files.write(dir.resolve("abstracts.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        Path pdfNamedText = Files.writeString(dir.resolve("export.txt"), "%PDF-1.7\n%\u00e2\u00e3\n");
        Path pdfNamedGzip = Files.writeString(dir.resolve("export.txt.gz"), "%PDF-1.7\n");
        String exportInstead = ", not a PubMed export: export the records from PubMed instead (Save, format PubMed (MEDLINE) or"
                + " Abstract (text), which carry the abstracts), or copy an abstract page into a .txt file; README.md lists what Evidentia reads";

        assertThat(new PathSourceInput(word).unreadHint()).isEqualTo("it is a Word document" + exportInstead);
        assertThat(new PathSourceInput(pdf).unreadHint()).isEqualTo("it is a PDF document" + exportInstead);
        assertThat(new PathSourceInput(pdfNamedText).unreadHint()).as("by its bytes, whatever its name")
                .isEqualTo("it is a PDF document" + exportInstead);
        assertThat(new PathSourceInput(pdfNamedGzip).unreadHint()).isEqualTo("named .gz but not gzip-compressed: it is a PDF document"
                + exportInstead);
        assertThat(new PathSourceInput(oldWord).unreadHint())
                .isEqualTo("it is a Word, Excel or other Office document in the format before 2007 (.doc, .xls)" + exportInstead);
        assertThat(new PathSourceInput(workbook).unreadHint()).isEqualTo("it is an Excel workbook: if it holds a PubMed CSV export,"
                + " save it from Excel as CSV UTF-8, or give the CSV file PubMed saved");
        assertThat(new PathSourceInput(archive).unreadHint())
                .isEqualTo("it is a zip archive: unzip it and give the files in it (or their folder) as inputs");
    }

    /** A zip archive of the named entries, each holding a line of text. */
    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aTruncatedGzipGivesEveryByteItCanThenAnError() throws Exception {
        assertTruncatedGzipKeepsItsReadablePart(randomText(2_000_000));
        assertTruncatedGzipKeepsItsReadablePart(randomText(60_000));
    }

    private void assertTruncatedGzipKeepsItsReadablePart(byte[] content) throws Exception {
        byte[] compressed = gzip(content);
        Path truncated = dir.resolve("cut.txt.gz");
        Files.write(truncated, Arrays.copyOf(compressed, compressed.length / 2));

        PathSourceInput input = new PathSourceInput(truncated);
        assertThat(input.head()).isNotEmpty();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (InputStream in = input.openStream()) {
                in.transferTo(got);
            }
        }).isInstanceOf(EOFException.class)
                // the review of session 24, I8: "Unexpected end of ZLIB input stream" reached the user through the text sources
                .hasMessage("the gzip file ends before its compressed data does (truncated? download or export it again)");
        assertThat(got.size()).isGreaterThan(content.length / 4);
        assertThat(Arrays.copyOf(content, got.size())).isEqualTo(got.toByteArray());
        assertThat(input.cutShort()).as("a store marks such an input partial, not applied").isTrue();
        assertThat(input.damage()).as("cut short, which its source reports as a truncated file: no damage").isNull();
    }

    @Test
    void aGzipDamagedPartWayGivesTheBytesBeforeTheDamageThenSaysItIsDamaged() throws Exception {
        byte[] content = randomText(2_000_000);
        byte[] compressed = gzip(content);
        Arrays.fill(compressed, compressed.length / 2, compressed.length / 2 + 64, (byte) 0xFF);
        PathSourceInput input = new PathSourceInput(Files.write(dir.resolve("damaged.txt.gz"), compressed));
        assertThat(input.problem()).as("its head inflates: the damage is met only part-way").isNull();

        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (InputStream in = input.openStream()) {
                in.transferTo(got);
            }
        }).isInstanceOf(GzipDamage.class).hasMessageStartingWith("the gzip data is damaged (")
                .hasMessageEndingWith(": download or export it again");
        assertThat(got.size()).isGreaterThan(content.length / 4);
        assertThat(Arrays.copyOf(got.toByteArray(), content.length / 4)).isEqualTo(Arrays.copyOf(content, content.length / 4));
        assertThat(input.damage().getMessage()).startsWith("the gzip data is damaged (");
        assertThat(input.cutShort()).as("a store marks such an input partial, not applied").isTrue();
        assertThat(input.inflationStop()).isNull();
    }

    @Test
    void aGzipBombStopsAtTheInflationBoundAfterItsFreeBytesWithTheBytesTheRatioAndTheLimit() throws Exception {
        Path bomb = dir.resolve("bomb.xml.gz");
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) ' ');
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 200; i++) { // 200 MiB of spaces, some 200 KB compressed: streamed, never held
                out.write(mebibyte);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        PathSourceInput input = new PathSourceInput(bomb);
        long[] got = new long[1];
        assertThatThrownBy(() -> {
            try (InputStream in = input.openStream()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    got[0] += n;
                }
            }
        }).isInstanceOf(InflationLimit.Exceeded.class)
                .hasMessageMatching("the file inflates more than 100 times its size \\([0-9,]+ bytes from [0-9,]+ compressed, [0-9,]+ to 1,"
                        + " past the first 64 MiB\\): a gzip bomb, not an export \\(PubMed's files inflate some 5 to 9 times\\);"
                        + " the rest of the file was not read");
        assertThat(got[0]).as("the free bytes inflate, not much more")
                .isBetween(InflationLimit.FREE_BYTES - (1 << 20), InflationLimit.FREE_BYTES + (1 << 20));
        assertThat(input.inflationStop()).startsWith("the file inflates more than 100 times its size (");
        assertThat(input.cutShort()).as("not read to its end: a store does not mark it applied").isTrue();
    }

    @Test
    void aLargeGzipThatCompressesWellButLessThanABombIsReadWhole() throws Exception {
        // 80 MiB of records from a small vocabulary: past the free bytes, and more repetitive than
        // any export (which inflate 5 to 9 times), yet far from a bomb's thousand to one
        Path large = dir.resolve("large.xml.gz");
        String[] words = {"interleukin", "patients", "serum", "levels", "were", "increased", "in", "the", "cohort", "with"};
        Random random = new Random(42);
        long written = 0;
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(large), 1 << 16)) {
            StringBuilder record = new StringBuilder();
            while (written < 80L << 20) {
                record.setLength(0);
                record.append("<PubmedArticle><PMID Version=\"1\">").append(10_000_000 + random.nextInt(90_000_000))
                        .append("</PMID><ArticleTitle>");
                for (int i = 0; i < 12; i++) {
                    record.append(words[random.nextInt(words.length)]).append(' ');
                }
                byte[] bytes = record.append("</ArticleTitle></PubmedArticle>\n").toString().getBytes(StandardCharsets.US_ASCII);
                out.write(bytes);
                written += bytes.length;
            }
        }
        assertThat(written / Files.size(large)).as("compression ratio").isBetween(8L, 50L);

        PathSourceInput input = new PathSourceInput(large);
        try (InputStream in = input.openStream()) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(written);
        }
        assertThat(input.inflationStop()).isNull();
        assertThat(input.cutShort()).isFalse();
    }

    @Test
    void aWholeGzipIsNotCutShort() throws Exception {
        PathSourceInput input = new PathSourceInput(Files.write(dir.resolve("whole.txt.gz"), gzip(randomText(60_000))));
        try (InputStream in = input.openStream()) {
            in.readAllBytes();
        }
        assertThat(input.cutShort()).isFalse();
        assertThat(input.damage()).isNull();
    }

    @Test
    void textHasItsByteOrderMarkRemovedAndBadBytesReplaced() throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', (byte) 0xFF, 'b', '\n'});

        PathSourceInput input = new PathSourceInput(file);
        try (BufferedReader reader = input.openReader()) {
            assertThat(reader.readLine()).isEqualTo("a,\uFFFDb");
        }
        assertThat(input.headText()).isEqualTo("a,\uFFFDb\n");
    }

    @Test
    void textWithAUtf16Or32ByteOrderMarkIsReencodedAsUtf8ForEverySource() throws Exception {
        // past one chunk of the re-encoder, with a surrogate pair (U+1F9EA) at every chunk boundary
        String text = ("PMID- 1\nTI  - Interleukin-6 \u00e9 \u03b2 \uD83E\uDDEA\n").repeat(3_000);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] mark = "\uFEFF".getBytes(charset);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.writeBytes(mark);
            content.writeBytes(text.getBytes(charset));
            Path plain = dir.resolve("wide-" + charset + ".nbib");
            Path gz = dir.resolve("wide-" + charset + ".nbib.gz");
            Files.write(plain, content.toByteArray());
            Files.write(gz, gzip(content.toByteArray()));

            for (Path file : new Path[] {plain, gz}) {
                PathSourceInput input = new PathSourceInput(file);
                assertThat(input.headText()).as(file.toString()).startsWith("PMID- 1\nTI  - Interleukin-6 \u00e9 \u03b2 \uD83E\uDDEA\n");
                assertThat(input.head()).as(file.toString()).hasSizeLessThanOrEqualTo(PathSourceInput.HEAD_BYTES)
                        .startsWith(Arrays.copyOf(utf8, 100));
                try (InputStream in = input.openStream()) {
                    assertThat(in.readAllBytes()).as(file.toString()).isEqualTo(utf8);
                }
                try (BufferedReader reader = input.openReader()) {
                    assertThat(reader.readLine()).isEqualTo("PMID- 1");
                }
            }
        }
    }

    @Test
    void aUtf16XmlDeclarationIsMadeToNameUtf8WhichTheBytesNowAre() throws Exception {
        String body = "\n<PubmedArticleSet><PubmedArticle>\u00e9</PubmedArticle></PubmedArticleSet>\n";
        Path file = dir.resolve("utf16.xml");
        Files.write(file, ("\uFEFF<?xml version=\"1.0\" encoding='utf-16'?>" + body).getBytes(StandardCharsets.UTF_16BE));

        PathSourceInput input = new PathSourceInput(file);
        String utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body;
        try (InputStream in = input.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(utf8);
        }
        assertThat(input.headText()).isEqualTo(utf8);
    }

    @Test
    void utf16CutMidCharacterEndsInAReplacementCharacterNotAnError() throws Exception {
        Path file = dir.resolve("cut16.txt");
        byte[] text = "\uFEFFab".getBytes(StandardCharsets.UTF_16LE);
        Files.write(file, Arrays.copyOf(text, text.length - 1)); // the last byte of 'b' is missing

        try (InputStream in = new PathSourceInput(file).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a\uFFFD");
        }
    }

    @Test
    void anEmptyFileIsSaidToBeEmptyInTheSameWordsWhateverItsName() throws Exception {
        for (String name : new String[] {"e.xml", "e.csv", "e.nbib", "e.ris", "e.xml.gz"}) {
            Path file = Files.write(dir.resolve(name), new byte[0]);
            PathSourceInput input = new PathSourceInput(file);
            assertThat(input.problem()).as(name).isNull();
            assertThat(input.emptiness()).as(name)
                    .isEqualTo("is empty (0 bytes): it holds no record; was the export or its download cut short?");
        }
        Path emptyGzip = Files.write(dir.resolve("g.xml.gz"), gzip(new byte[0]));
        assertThat(new PathSourceInput(emptyGzip).emptiness())
                .isEqualTo("is an empty gzip file (it inflates to 0 bytes): it holds no record; was the export or its download cut short?");
        // blank lines alone hold no record either, where they were told "no source reads this file" (the reader's review of
        // session 27, D6)
        assertThat(new PathSourceInput(Files.write(dir.resolve("one.txt"), new byte[] {'\n'})).emptiness())
                .isEqualTo("holds nothing but blank lines: it holds no record; was the export or its download cut short?");
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("blank.nbib"), "\n\n   \r\n\t")).emptiness())
                .isEqualTo("holds nothing but blank lines: it holds no record; was the export or its download cut short?");
        assertThat(new PathSourceInput(Files.writeString(dir.resolve("a.nbib"), "\n\nPMID- 1\n")).emptiness()).isNull();
        for (byte[] mark : new byte[][] {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}}) {
            assertThat(new PathSourceInput(Files.write(dir.resolve("mark.txt"), mark)).emptiness()).as("a byte-order mark alone")
                    .isEqualTo("is empty (nothing but a byte-order mark): it holds no record; was the export or its download cut short?");
        }
        assertThat(new PathSourceInput(dir.resolve("missing.xml")).emptiness()).as("unreadable, not empty").isNull();
    }

    @Test
    void gzipThatDoesNotInflateIsAProblemOfItsOwnNotAnUnknownFormat() throws Exception {
        byte[] junk = new byte[100];
        new Random(7).nextBytes(junk);
        junk[0] = 0x1f;
        junk[1] = (byte) 0x8b;
        PathSourceInput corrupt = new PathSourceInput(Files.write(dir.resolve("x.xml.gz"), junk));
        PathSourceInput magicOnly = new PathSourceInput(Files.write(dir.resolve("m.xml.gz"), new byte[] {0x1f, (byte) 0x8b}));

        assertThat(corrupt.problem()).startsWith("is not a valid gzip file: it starts as gzip does (bytes 1F 8B) but cannot be inflated (");
        assertThat(corrupt.emptiness()).isNull();
        assertThat(magicOnly.problem())
                .isEqualTo("is not a valid gzip file: it starts as gzip does (bytes 1F 8B) but cannot be inflated (it ends before any content)");
    }

    private static byte[] randomText(int size) {
        Random random = new Random(42);
        byte[] text = new byte[size];
        for (int i = 0; i < size; i++) {
            text[i] = (byte) (random.nextInt(8) == 0 ? '\n' : 'a' + random.nextInt(26));
        }
        return new String(text, StandardCharsets.US_ASCII).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void aFileThatCannotBeReadIsNoErrorUntilItIsOpenedAndThenSaysWhyPlainly() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted-target.txt"));
        Path folder = Files.createDirectories(dir.resolve("a-folder.txt"));

        PathSourceInput broken = new PathSourceInput(link, "gone.txt");
        assertThat(broken.problem()).isEqualTo("a broken symbolic link (its target does not exist)");
        assertThat(broken.head()).isEmpty();
        assertThat(broken.compressed()).isFalse();
        assertThatThrownBy(broken::openStream).isInstanceOf(IOException.class)
                .hasMessage("gone.txt: cannot be opened: a broken symbolic link (its target does not exist)");
        assertThat(new PathSourceInput(folder, "a-folder.txt").problem()).isEqualTo("is a folder, not a file");
    }

    @Test
    void anUnreadableFileIsReportedAsPermissionDeniedNotAsAnExceptionName() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads files without read permission: the case cannot be made here");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "PMID- 1\n");
        secret.toFile().setReadable(false);

        PathSourceInput input = new PathSourceInput(secret, "secret.txt");
        assertThat(input.problem()).isEqualTo("permission denied (the file is not readable by this user)");
        assertThatThrownBy(input::openStream).hasMessage("secret.txt: cannot be opened: permission denied"
                + " (the file is not readable by this user)").hasMessageNotContaining("Exception");
    }
}
