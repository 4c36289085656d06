package org.evidentia.runtime.exclusion;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.text.IoMessages;

/**
 * Reads an exclusion list: a UTF-8 CSV file (a byte order mark allowed, lines ended by LF or CRLF)
 * whose first line is a header naming the columns {@code id} and {@code reason} (in any order and
 * case; other columns, a title or a note, are ignored), then one excluded record a line; fields are
 * separated by commas, or by semicolons throughout when the header has them ({@link #delimiterOf}). Blank lines
 * and lines starting with {@code #} are left out. Every id must be one of {@link ExcludedId#FORMS},
 * and every reason given; an id listed twice with one reason is one exclusion, with two reasons a
 * mistake. Every mistake is reported at once, each naming the file, its line and what was expected.
 */
public final class ExclusionListReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).get();
    /** The most mistakes told: a list that is not one at all (another file given) would tell one a line. */
    private static final int ISSUES_TOLD = 20;
    /**
     * The largest list read, in bytes: room for some 300,000 exclusions. The list is read whole, so a
     * larger file (another file given, or a runaway export) is refused rather than filling the heap.
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The longest reason: a PRISMA reason is a few words, and one goes into every table and report of the run. */
    static final int MAX_REASON_CHARS = 1_000;

    private ExclusionListReader() {
    }

    /**
     * The list's field separator: a comma, or the semicolon a spreadsheet set to a European locale
     * writes ({@code id;reason}), when its header names the two columns with semicolons and not with commas.
     */
    static char delimiterOf(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).findFirst()
                .map(header -> namesBothColumns(header, ",") || !namesBothColumns(header, ";") ? ',' : ';').orElse(',');
    }

    private static boolean namesBothColumns(String header, String separator) {
        List<String> names = java.util.Arrays.stream(header.split(separator, -1))
                .map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
        return names.contains("id") && names.contains("reason");
    }

    /** Whether a line has more fields than the header, past empty ones (a spreadsheet's trailing commas). */
    private static boolean tooManyFields(CSVRecord row, int headerSize) {
        for (int i = headerSize; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the list in {@code file}.
     *
     * @param shown the file as the run names it ({@code exclusions.csv}), in messages and as the list's name
     * @throws ConfigurationException when the file cannot be read or holds a mistake: each names the file, the line and what
     *                                was expected
     */
    public static ExclusionList read(Path file, String shown) throws ConfigurationException {
        String text;
        String sha256;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ConfigurationException(String.format(Locale.ROOT, "exclusion list %s is %,d bytes, more than the %,d bytes"
                        + " (16 MiB) an exclusion list may have; is it an exclusion list (id,reason)?", shown, size, MAX_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file);
            sha256 = FileDigests.sha256(bytes); // of the bytes read: the list the run used, whatever the file holds later
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("exclusion list " + shown + ": no such file (looked for " + file.toAbsolutePath().normalize() + ")");
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("exclusion list " + shown + ": not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new ConfigurationException("exclusion list " + shown + " cannot be read: " + IoMessages.plain(e));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark a spreadsheet's "CSV UTF-8" writes
        }
        return parse(text, shown, sha256, file.toAbsolutePath().normalize());
    }

    /** Reads a list from {@code text} (without a byte order mark) whose checksum is not known; see {@link #read}. */
    static ExclusionList parse(String text, String shown) throws ConfigurationException {
        return parse(text, shown, null, null);
    }

    private static ExclusionList parse(String text, String shown, String sha256, Path path) throws ConfigurationException {
        Lines lines = new Lines(text);
        Reader in = new java.io.StringReader(text);
        List<String> issues = new ArrayList<>();
        List<ExclusionList.Exclusion> exclusions = new ArrayList<>();
        Map<String, ExclusionList.Exclusion> byKey = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT.builder().setDelimiter(delimiterOf(text)).get()).get()) {
            int idColumn = -1;
            int reasonColumn = -1;
            int headerSize = 0;
            boolean header = true;
            for (CSVRecord row : parser) {
                long line = lines.firstOf(row.getCharacterPosition());
                if (blank(row)) {
                    continue;
                }
                if (header) {
                    header = false;
                    headerSize = row.size();
                    for (int i = 0; i < row.size(); i++) {
                        String name = row.get(i).strip().toLowerCase(Locale.ROOT);
                        if (name.equals("id") && idColumn < 0) {
                            idColumn = i;
                        } else if (name.equals("reason") && reasonColumn < 0) {
                            reasonColumn = i;
                        }
                    }
                    if (idColumn < 0 || reasonColumn < 0) {
                        String found = String.join(",", row.toList());
                        // "found id<TAB>reason" read as what was asked for (the review of session 25, m5)
                        throw new ConfigurationException(at(shown, line, "expected a header line naming the columns id and reason"
                                + " (id,reason), found " + (found.contains("\t") ? found.replace("\t", "<TAB>") + ": its fields are separated"
                                + " by tabs, and the list is CSV (commas, or semicolons)" : found)));
                    }
                    continue;
                }
                if (tooManyFields(row, headerSize)) {
                    // "29366930,off-topic, animal study": the reason was cut at its comma, and the rest dropped without a word
                    issues.add(at(shown, line, "found " + row.size() + " fields, and the header has " + headerSize + ": a reason holding a"
                            + " comma is written in double quotes (29366930,\"off-topic, animal study\")"));
                    continue;
                }
                if (row.size() <= Math.max(idColumn, reasonColumn)) {
                    issues.add(at(shown, line, "expected " + (Math.max(idColumn, reasonColumn) + 1) + " fields as the header has (an id and"
                            + " its reason), found " + row.size() + ": " + String.join(",", row.toList())));
                    continue;
                }
                String written = row.get(idColumn).strip();
                String reason = row.get(reasonColumn).strip();
                ExcludedId id = ExcludedId.parse(written);
                if (id == null) {
                    issues.add(at(shown, line, written.isEmpty() ? "the id is empty; expected " + ExcludedId.FORMS
                            : written.matches("\\d{11,}") ? "'" + written + "' has " + written.length() + " digits, and a PMID at most 10;"
                            + " expected " + ExcludedId.FORMS
                            : "'" + written + "' is no id of a record; expected " + ExcludedId.FORMS));
                    continue;
                }
                if (reason.length() > MAX_REASON_CHARS) {
                    // a shifted column or a pasted abstract: it went whole into every report, three times in report.html (F30)
                    issues.add(at(shown, line, String.format(Locale.ROOT, "the reason for %s is %,d characters long, more than the %,d a"
                            + " reason may have; is a column shifted?", id, reason.length(), MAX_REASON_CHARS)));
                    continue;
                }
                if (reason.isEmpty()) {
                    issues.add(at(shown, line, "no reason is given for " + id + "; every exclusion needs one (PRISMA: records excluded,"
                            + " with reasons)"));
                    continue;
                }
                ExclusionList.Exclusion exclusion = new ExclusionList.Exclusion(id, reason, line);
                ExclusionList.Exclusion earlier = byKey.putIfAbsent(id.key(), exclusion);
                if (earlier == null) {
                    exclusions.add(exclusion);
                } else if (!earlier.reason().equals(reason)) {
                    issues.add(at(shown, line, id + " is listed again with another reason ('" + reason + "'; line " + earlier.line()
                            + " gives '" + earlier.reason() + "'): give each record one reason"));
                }
            }
            if (header) {
                throw new ConfigurationException(at(shown, 1, "the file is empty; expected a header line naming the columns id and"
                        + " reason (id,reason), then one excluded record a line"));
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV says where: "(line 3) invalid char between encapsulated token and delimiter"
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            issues.add("exclusion list " + shown + ": not well-formed CSV: " + cause.getMessage()
                    + " (a field holding a comma or a quote is written in double quotes, a quote in it doubled)");
        }
        if (!issues.isEmpty()) {
            List<String> told = new ArrayList<>(issues.subList(0, Math.min(ISSUES_TOLD, issues.size())));
            if (issues.size() > ISSUES_TOLD) {
                told.add("exclusion list " + shown + ": and " + (issues.size() - ISSUES_TOLD) + " more mistakes");
            }
            throw new ConfigurationException(told.stream().map(m -> new ConfigurationException.Issue(null, m)).toList());
        }
        return new ExclusionList(shown, sha256, exclusions, path);
    }

    /**
     * Where each line of the text starts, to tell the line a record begins on: Commons CSV gives the position a
     * record's reading began at, which is before the blank lines and comments it skipped (its own line count is
     * one short on a last line without an end).
     */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
        }

        /** The 1-based line of the first character at or after {@code position} that is on no blank or comment line. */
        long firstOf(long position) {
            int index = java.util.Collections.binarySearch(starts, (int) position);
            int line = index >= 0 ? index : -index - 2;
            while (line + 1 < starts.size() && skipped(line)) {
                line++;
            }
            return line + 1;
        }

        private boolean skipped(int line) {
            int end = line + 1 < starts.size() ? starts.get(line + 1) : text.length();
            String content = text.substring(starts.get(line), end);
            // as the CSV parser has it: a comment's # opens its line; a line of spaces is blank
            return content.isBlank() || content.startsWith("#");
        }
    }

    private static boolean blank(CSVRecord row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static String at(String shown, long line, String what) {
        return shown + ":" + line + ": " + what;
    }
}
