package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The review tables as one Excel workbook, {@code review-tables.xlsx}, written with fastexcel: an
 * About sheet first (the run, the extraction caveat, the vote rule, the columns' values: {@link About}),
 * then one sheet per table (Findings, Studies, Synthesis, then Votes), each an Excel table (named as its sheet) under a
 * bold frozen header row, and the same formula neutralisation as the delimited formats. Columns of
 * numbers (a year, a count, a p) are numeric cells, so that a spreadsheet sums and sorts them as
 * numbers and R's readxl reads them as such (review 30, L6); ids (PMID, Record id) stay text. An Excel table
 * is what makes a screen reader in Excel announce a cell's column name as it moves (review 25, M5);
 * the workbook's title says what it holds. Excel reads it as Unicode whatever its locale, which a
 * CSV without a byte-order mark does not get (Greek letters came out garbled).
 *
 * <p>The tables' sheets are written at the end: the Studies rows from the reporter's spool in its scratch
 * folder (they need the studies' labels, lettered over the whole run), flushed in chunks, so memory
 * stays flat; the Findings rows from the findings the reporter holds, sorted; the Synthesis and Votes rows from the run's synthesis. fastexcel stamps its files with the clock, so the
 * finished workbook is copied into the output with every time set to the run's date: the same
 * run gives the same bytes. The copy also gives each sheet its true used range ({@code <dimension ref="A1:R743"/>}):
 * fastexcel writes a sheet as it goes and declares {@code A1} whatever it holds, and a reader that trusts the
 * declaration (openpyxl's read-only mode) read one row of each (review 30). Not thread-safe.
 */
final class XlsxWorkbook implements AutoCloseable {

    static final String FILE_NAME = "review-tables.xlsx";
    private static final int FLUSH_ROWS = 1000;
    /** A whole number a long holds, as the tables write counts and years. */
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    /** A plain decimal, as synthesis.csv writes a p. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");
    private static final Pattern CORE_DATES = Pattern.compile("(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)");
    /** The used range fastexcel declares for every sheet it streams, whatever the sheet holds. */
    private static final String STREAMED_DIMENSION = "<dimension ref=\"A1\"/>";
    /** How far into a sheet's XML its dimension is looked for: it comes before the sheet's views, in the first few hundred bytes. */
    private static final int SHEET_HEAD_BYTES = 4096;

    private final Path file;
    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet about;
    private final Worksheet findings;
    private final Worksheet studies;
    private final Worksheet synthesis;
    private final Worksheet votes;
    private final boolean neutralise;
    /** Each sheet's used range ({@code A1:R743}), by its part in the workbook, as its writer wrote it. */
    private final Map<String, String> dimensions = new HashMap<>();

    /**
     * @param scratch    a file of the reporter's scratch folder the workbook is built in
     * @param neutralise whether cells that would start a formula get a leading apostrophe
     */
    XlsxWorkbook(Path scratch, String version, boolean neutralise) throws IOException {
        this.file = scratch;
        this.out = Files.newOutputStream(scratch);
        this.workbook = new Workbook(out, "Evidentia", version);
        this.about = workbook.newWorksheet("About"); // first, where the workbook opens; filled when the run ends
        this.findings = workbook.newWorksheet("Findings");
        this.studies = workbook.newWorksheet("Studies");
        this.synthesis = workbook.newWorksheet("Synthesis");
        this.votes = workbook.newWorksheet("Votes");
        this.neutralise = neutralise;
    }

    /**
     * The Studies sheet, an Excel table of {@code rows} rows below its header, the columns at
     * {@code numbers} numeric cells; write it before {@link #findings}: closing its writer finishes the sheet.
     */
    RowWriter studies(List<String> header, int rows, Set<Integer> numbers) {
        return sheet(studies, header, rows, numbers);
    }

    /** The Findings sheet, as {@link #studies}; write it after {@link #studies}. */
    RowWriter findings(List<String> header, int rows, Set<Integer> numbers) {
        return sheet(findings, header, rows, numbers);
    }

    /** The Synthesis sheet ({@link SynthesisTable}), as {@link #studies}; write it after {@link #findings}. */
    RowWriter synthesis(List<String> header, int rows, Set<Integer> numbers) {
        return sheet(synthesis, header, rows, numbers);
    }

    /** The Votes sheet ({@link VotesTable}), as {@link #studies} with no numeric column; write it after {@link #synthesis}. */
    RowWriter votes(List<String> header, int rows) {
        return sheet(votes, header, rows, Set.of());
    }

    /**
     * A sheet's writer. With {@code rows} given (not negative), the sheet's cells are made an Excel
     * table named as the sheet, made before the header row is flushed (fastexcel writes a table's
     * header into its top row); a table spans one row at least below its header, as Excel requires.
     * Column names that Excel could not take as a table's (repeated ones, or XML's special characters,
     * which fastexcel writes unescaped into the table's part) leave the sheet a plain range. A cell of
     * a column at {@code numbers} is a number (a whole one, or a decimal such as a p); one that does
     * not read as a number stays text.
     */
    private RowWriter sheet(Worksheet sheet, List<String> header, int rows, Set<Integer> numbers) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        if (rows >= 0 && tableColumnNames(header)) {
            sheet.range(0, 0, Math.max(rows, 1), header.size() - 1).createTable(header.toArray(String[]::new))
                    .setName(sheet.getName()).setDisplayName(sheet.getName());
        }
        String part = "xl/worksheets/sheet" + sheetNumber(sheet) + ".xml";
        dimensions.put(part, "A1:" + column(header.size() - 1) + "1");
        return new RowWriter() {
            private int row = 1;

            @Override
            public void row(List<String> cells) throws IOException {
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    Number number = numbers.contains(c) ? number(cell) : null;
                    if (number != null) {
                        sheet.value(row, c, number);
                    } else if (!cell.isEmpty()) {
                        sheet.value(row, c, neutralise ? FormulaNeutraliser.neutralise(cell) : cell);
                    }
                }
                dimensions.put(part, "A1:" + column(header.size() - 1) + (row + 1));
                if (++row % FLUSH_ROWS == 0) {
                    sheet.flush();
                }
            }

            @Override
            public void close() throws IOException {
                sheet.finish();
            }
        };
    }

    /** Fills the About sheet, finishes the workbook and copies it to {@code target} with every date set to {@code date}. */
    void writeTo(OutputStream target, Instant date, About text) throws IOException {
        about.width(0, 24);
        about.width(1, 120);
        about.range(1, 1, text.rows().size(), 1).style().wrapText(true).verticalAlignment("top").set();
        about.range(1, 0, text.rows().size(), 0).style().verticalAlignment("top").set();
        try (RowWriter rows = sheet(about, About.HEADER, -1, Set.of())) {
            for (List<String> row : text.rows()) {
                rows.row(row);
            }
        }
        workbook.properties().setTitle("Evidentia review tables, run of " + date);
        workbook.finish();
        out.close();
        // The date as it reads in UTC: a zip entry keeps a date and time without a zone, and a local
        // one would make the same run's workbook differ in bytes between machines in other zones.
        LocalDateTime entryTime = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        // Read through the central directory: fastexcel's stream leaves sizes out of the local headers.
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(target)) {
            for (ZipEntry entry : in.stream().toList()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entryTime);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals("docProps/core.xml")) {
                        String core = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(CORE_DATES.matcher(core).replaceAll("$1" + date + "$2").getBytes(StandardCharsets.UTF_8));
                    } else if (dimensions.containsKey(entry.getName())) {
                        copySheet(data, zip, entry.getName(), dimensions.get(entry.getName()));
                    } else {
                        data.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * Copies a sheet's XML with its declared used range replaced by {@code dimension}: only its head is read whole (the
     * rows after it may be many megabytes).
     */
    private static void copySheet(InputStream data, OutputStream zip, String part, String dimension) throws IOException {
        byte[] head = data.readNBytes(SHEET_HEAD_BYTES);
        // ASCII up to the dimension, which comes before any cell: the bytes after it are copied as they are
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(STREAMED_DIMENSION);
        if (at < 0) {
            throw new IOException(part + ": fastexcel wrote no " + STREAMED_DIMENSION + " to replace with the sheet's used range " + dimension);
        }
        zip.write(head, 0, at);
        zip.write(("<dimension ref=\"" + dimension + "\"/>").getBytes(StandardCharsets.US_ASCII));
        zip.write(head, at + STREAMED_DIMENSION.length(), head.length - at - STREAMED_DIMENSION.length());
        data.transferTo(zip);
    }

    /** The sheet's number among the workbook's, from 1, which names its part ({@code xl/worksheets/sheet2.xml}): as they were made. */
    private int sheetNumber(Worksheet sheet) {
        return List.of(about, findings, studies, synthesis, votes).indexOf(sheet) + 1;
    }

    /** A column's letters: A for 0, Z for 25, AA for 26. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The cell's number: a long for a whole number ({@code 2020}), else a double ({@code 0.625}); null for other text. */
    private static Number number(String cell) {
        if (WHOLE.matcher(cell).matches()) {
            return Long.valueOf(cell);
        }
        return DECIMAL.matcher(cell).matches() ? Double.valueOf(cell) : null;
    }

    /** Whether Excel takes these as a table's column names, as fastexcel writes them. */
    private static boolean tableColumnNames(List<String> header) {
        return header.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().count() == header.size() // Excel ignores case
                && header.stream().noneMatch(name -> name.isBlank() || name.chars().anyMatch(ch -> "&<>\"'".indexOf(ch) >= 0));
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
