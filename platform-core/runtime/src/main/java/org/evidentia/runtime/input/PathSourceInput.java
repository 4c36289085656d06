package org.evidentia.runtime.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.evidentia.api.InputProbe;
import org.evidentia.api.SourceInput;
import org.evidentia.runtime.text.IoMessages;
import org.evidentia.runtime.text.ShellWord;
import org.evidentia.textmining.text.Pmids;

/**
 * A file on disk as sources see it: gzip content (recognized by its magic bytes, whatever the
 * name) is decompressed, and text is UTF-8 with a byte-order mark removed.
 *
 * <p>Content that starts with a UTF-16 or UTF-32 byte-order mark (what Windows saves as
 * "Unicode" text) is certain to be in that encoding, so it is re-encoded as UTF-8 for every
 * source, in {@link #openStream()} and {@link #head()} alike: sources, which read UTF-8, need not
 * know. Without such a mark the content is taken as UTF-8.
 *
 * <p>Making one never fails: a file that cannot be read (no permission, gone, a folder) shows an
 * empty head to the sources and fails {@link #openStream()} with an {@link IOException} whose
 * message says why in plain words; {@link #problem()} says it beforehand. Decompression is
 * streamed: memory holds a few chunks of 256 KiB however large the content, and it stops where
 * the content passes {@link InflationLimit}'s ratio (a gzip bomb: {@link #inflationStop()}), so
 * that a bomb costs neither memory nor minutes (sources bound their records themselves). One
 * thread uses an instance.
 */
public final class PathSourceInput implements SourceInput, InputProbe {

    static final int HEAD_BYTES = 16 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final String displayName;
    private Boolean gzip;
    private String problem;
    private WideText wideText;
    private byte[] head;
    private String headText;
    /** The gzip streams opened on the file, to tell whether one met its damage. */
    private final List<BackgroundGunzipInputStream> gunzips = new CopyOnWriteArrayList<>();

    /**
     * Nothing is read yet: a file that cannot be read is told by {@link #problem()} and when opened.
     *
     * @param path        the file
     * @param displayName the name used in messages
     */
    public PathSourceInput(Path path, String displayName) {
        this.path = path;
        this.displayName = displayName;
    }

    /** @see #PathSourceInput(Path, String) */
    public PathSourceInput(Path path) {
        this(path, path.toString());
    }

    /**
     * Why the file cannot be read, in plain words ({@code "permission denied"}, {@code "is not a
     * valid gzip file: ..."}), or null when it can. Opens the file once to see, and a gzip file's
     * head is inflated to see that it inflates at all.
     */
    public String problem() {
        head();
        return problem;
    }

    /**
     * What to say of a readable file whose content is empty, or null when it holds something:
     * {@code "is empty (0 bytes): ..."} or, for gzip that inflates to nothing, {@code "is an empty
     * gzip file: ..."}. The same words whatever the file's name or format, since no source can tell
     * the format of nothing.
     */
    public String emptiness() {
        if (problem() != null) {
            return null;
        }
        byte[] content = head(); // a wide text's head holds what follows its byte-order mark
        boolean onlyAMark = content.length == 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
        if (content.length > 0 && !onlyAMark) {
            // a file of blank lines alone was told "no source reads this file", where an empty one is told what it is (the reader's
            // review of session 27, D6)
            return blankLinesOnly(content) ? "holds nothing but blank lines: it holds no record; was the export or its download cut short?"
                    : null;
        }
        String what = gzip ? "is an empty gzip file (it inflates to " : "is empty (";
        String size = content.length == 0 && wideText == null ? "0 bytes)" : "nothing but a byte-order mark)";
        return what + size + ": it holds no record; was the export or its download cut short?";
    }

    /** Whether the whole file, which {@code content} is the head of, is white space alone (a byte-order mark before it aside). */
    private boolean blankLinesOnly(byte[] content) {
        if (gzip || wideText != null) {
            return false;
        }
        try {
            if (Files.size(path) != content.length) {
                return false; // its head alone was read: what follows is not known
            }
        } catch (java.io.IOException e) {
            return false;
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            if (content[i] != ' ' && content[i] != '\t' && content[i] != '\r' && content[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * What an archive of files is (a tar, compressed or not) and what to do; null when the file is none. Asked before any source
     * reads it: a tar of exports was read as one MEDLINE file, its headers and a page's paragraphs counted as skipped records and
     * the page's findings lost (the review of session 25, U15).
     */
    public String archive() {
        if (problem() != null) {
            return null;
        }
        byte[] content = head();
        if (indexOf(content, ZIP, 0) == 0) {
            // a zip whose files are stored, not compressed, reads as text: the MEDLINE source took one for its own, with warnings
            // quoting its binary headers and a note to save it as UTF-8 (the review of session 30, K12); Word and Excel files
            // are zips too, and told what they are when no source reads them
            String document = document(content);
            return document != null && document.startsWith("it is a zip archive") ? "is a zip archive, not an export: unzip it"
                    + " (unzip " + ShellWord.of(displayName) + ") and give the files in it (or their folder) as inputs" : null;
        }
        if (!tarHeader(content)) {
            return null;
        }
        int end = 0;
        while (end < 100 && content[end] != 0) {
            end++;
        }
        // a regular file's name, not a folder's or a pax header's pseudo-name (the review of the session's change, Q2)
        boolean file = content[156] == '0' || content[156] == 0;
        return "is a tar archive" + (file ? " (its first file: " + new String(content, 0, end, StandardCharsets.UTF_8) + ")" : "")
                // named as the run names it, quoted for the shell, as the other hints' commands are (the review of the change, R6)
                + ", not an export: unpack it (tar xf " + ShellWord.of(displayName) + ") and give the folder";
    }

    /**
     * Whether {@code content} starts with a tar header: the magic {@code ustar} followed by NUL (POSIX) or a space (GNU), and the
     * header's checksum right; the magic alone, five letters, misread a text whose bytes 257 to 261 were "ustar" ("mustard":
     * the review of the session's change, Q1).
     */
    private static boolean tarHeader(byte[] content) {
        if (content.length < 512 || content[257] != 'u' || content[258] != 's' || content[259] != 't' || content[260] != 'a'
                || content[261] != 'r' || content[262] != 0 && content[262] != ' ') {
            return false;
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += i >= 148 && i < 156 ? ' ' : content[i] & 0xFF; // the checksum field counts as spaces
        }
        String stated = new String(content, 148, 8, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
        try {
            return !stated.isEmpty() && Long.parseLong(stated, 8) == sum;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /**
     * Whether a stream opened on this gzip file met its damage (a truncated or corrupt file): its
     * source read what came before, and reports where it stopped, but the file was not read to its end.
     */
    public boolean cutShort() {
        return gunzips.stream().anyMatch(BackgroundGunzipInputStream::cutShort);
    }

    /**
     * What damage a stream opened on this gzip file met part-way ({@code "the gzip data is damaged
     * (invalid block type), so ..."}: {@link GzipDamage}), or null when none met any. Such a file is
     * not read to its end; its source may have reported the damage in its own words, or not at all.
     */
    public GzipDamage damage() {
        return gunzips.stream().map(BackgroundGunzipInputStream::damage).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Why reading stopped at the inflation bound ({@code "the file inflates more than 100 times its
     * size (...)..."}), or null when no stream opened on the file met it. Such a file is not read to
     * its end; its source may have reported the stop in its own words, or not at all.
     */
    public String inflationStop() {
        return gunzips.stream().map(BackgroundGunzipInputStream::inflationStop).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** True when the file is gzip-compressed (false when it cannot be read). */
    public boolean compressed() {
        sniff();
        return gzip;
    }

    @Override
    public InputStream openStream() throws IOException {
        head(); // the byte-order mark, if any, is in it
        InputStream raw;
        try {
            raw = Files.newInputStream(path);
        } catch (IOException e) {
            throw new IOException(displayName + ": cannot be opened: " + IoMessages.plain(e), e);
        }
        InputStream inflated = raw;
        if (gzip) {
            BackgroundGunzipInputStream gunzip = new BackgroundGunzipInputStream(raw, displayName);
            gunzips.add(gunzip);
            inflated = gunzip;
        }
        InputStream content = new BufferedInputStream(inflated, BUFFER);
        if (wideText == null) {
            return content;
        }
        try {
            content.skipNBytes(wideText.markLength());
        } catch (IOException e) {
            content.close();
            throw e;
        }
        return new BufferedInputStream(new Utf8TranscodingInputStream(content, wideText.charset()), BUFFER);
    }

    @Override
    public BufferedReader openReader() throws IOException {
        PushbackInputStream in = new PushbackInputStream(openStream(), 3);
        byte[] bom = in.readNBytes(3);
        boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom && bom.length > 0) {
            in.unread(bom);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
    }

    /**
     * What the content of a file that no source reads looks like, when that says what went wrong:
     * a web page (an error or sign-in page that a download saved in place of the file), a
     * document rather than an export (Word, PDF, another Office file or a zip archive, known by
     * its first bytes, whatever its name), or a name ending in {@code .gz} on content that is not
     * gzip-compressed; each with what to do. Null when nothing stands out.
     */
    public String unreadHint() {
        byte[] head = head();
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8).strip()
                .toLowerCase(Locale.ROOT);
        boolean webPage = start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html");
        boolean namedGzip = path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        String page = "it is a web page (it starts with <html>), perhaps an error page that a download saved in place of the file:"
                + " download it again";
        String hint = webPage ? page : document(head);
        if (hint == null) {
            hint = compressedOtherwise(head);
        }
        if (hint == null) {
            hint = otherXml(start);
        }
        if (hint == null) {
            hint = pmidList(start);
        }
        if (namedGzip && !compressed()) {
            return "named .gz but not gzip-compressed" + (hint == null ? "" : ": " + hint);
        }
        return hint;
    }

    /**
     * What a file of PMIDs alone, one a line (PubMed's Save, format PMID), is and what to do; null when the text is not that.
     * Such a file was told only as one no source reads (the review of session 25, U6).
     */
    private static String pmidList(String start) {
        // the same list saved as a sheet of one column: a "PMID" header, values quoted or not, Excel's byte-order mark
        List<String> lines = start.replace("\uFEFF", "").lines().map(line -> line.replace("\"", "").strip())
                .filter(line -> !line.isEmpty()).toList();
        if (!lines.isEmpty() && lines.get(0).equals("pmid")) {
            lines = lines.subList(1, lines.size());
        }
        if (lines.isEmpty() || !lines.stream().allMatch(line -> line.matches("[0-9]{1," + Pmids.MAX_DIGITS + "}"))) {
            return null;
        }
        String query = lines.stream().limit(2).map(pmid -> pmid + "[uid]").collect(java.util.stream.Collectors.joining(" OR "))
                + (lines.size() > 2 ? " OR ..." : "");
        return "it is a list of PMIDs (PubMed's Save, format PMID), which holds no titles or abstracts: save the search as PubMed"
                + " (MEDLINE) or Abstract (text) instead, or fetch these records with --pubmed '" + query + "'";
    }

    /**
     * What a file compressed in a way Evidentia does not read is, and what to do; null when it is none. Only gzip is read, and a
     * gzip file within another (as a browser may save a download the server sent compressed) showed only as a file no source
     * reads, as did bzip2, xz and Zstandard files (the review of session 28, N13).
     */
    private String compressedOtherwise(byte[] head) {
        // the file as the run names it, quoted for the shell, so that the command pastes where the run was started (the review
        // of session 29's change, S8)
        String name = ShellWord.of(displayName);
        String tool = startsWith(head, 0x1F, 0x8B) ? "gzip" : head.length > 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h'
                && head[3] >= '1' && head[3] <= '9' ? "bzip2" : startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0x00) ? "xz"
                : startsWith(head, 0x28, 0xB5, 0x2F, 0xFD) ? "zstd" : null;
        if (tool == null) {
            return null;
        }
        if (tool.equals("gzip")) {
            String once = displayName.toLowerCase(Locale.ROOT).endsWith(".gz") ? "gunzip " + name
                    : "gunzip -c " + name + " > " + ShellWord.of(displayName + ".once");
            return "it is gzip-compressed twice (a browser may save a download so): decompress it once (" + once
                    + ") and give the file it leaves";
        }
        String command = switch (tool) {
            case "bzip2" -> "bunzip2 ";
            case "xz" -> "unxz ";
            default -> "unzstd ";
        };
        return "it is " + tool + "-compressed, which Evidentia does not read (gzip it is): decompress it (" + command + name
                + ") and give the file it leaves";
    }

    /**
     * What an XML file that is no export of records is, by its root element, and what to do; null when it is none of those
     * (the review of session 28, N13: an E-utilities search result, an EndNote library and a full-text article were told only
     * as files no source reads).
     */
    private static String otherXml(String start) {
        String root = rootElement(start);
        if (root == null) {
            return null;
        }
        return switch (root) {
            case "esearchresult" -> "it is an E-utilities search result (<eSearchResult>), which holds PMIDs only: fetch the records"
                    + " with efetch (rettype=xml), or give the search as --pubmed 'QUERY'";
            case "esummaryresult" -> "it is an E-utilities summary (<eSummaryResult>), which holds no abstracts: fetch the records with"
                    + " efetch (rettype=xml), or give the search as --pubmed 'QUERY'";
            case "xml" -> start.contains("<records>") ? "it is an EndNote XML library: export the library as RIS instead (File >"
                    + " Export, output style RefMan (RIS) Export)" : null;
            case "article", "pmc-articleset" -> "it is a full-text article in JATS XML (PubMed Central), not a PubMed export:"
                    + " export its PubMed record (PubMed (MEDLINE) or XML) instead";
            default -> null;
        };
    }

    /** The lower-case name of the first element of {@code start}, past the XML declaration, comments and the doctype; or null. */
    private static String rootElement(String start) {
        int i = 0;
        while (true) {
            while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
                i++;
            }
            if (!start.startsWith("<", i)) {
                return null;
            }
            if (start.startsWith("<?", i) || start.startsWith("<!", i)) {
                String close = start.startsWith("<!--", i) ? "-->" : ">";
                int end = start.indexOf(close, i);
                if (end < 0) {
                    return null;
                }
                i = end + close.length();
                continue;
            }
            int end = i + 1;
            while (end < start.length() && (Character.isLetterOrDigit(start.charAt(end)) || start.charAt(end) == '-'
                    || start.charAt(end) == '_' || start.charAt(end) == ':')) {
                end++;
            }
            return end > i + 1 ? start.substring(i + 1, end) : null;
        }
    }

    /** The PDF signature, which may follow a few bytes of other matter. */
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** A zip archive's first local file header; Word's .docx and Excel's .xlsx are zip archives. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The OLE compound file that Office wrote before 2007 (.doc, .xls, .ppt). */
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String EXPORT_INSTEAD = ", not a PubMed export: export the records from PubMed instead (Save, format"
            + " PubMed (MEDLINE) or Abstract (text), which carry the abstracts), or copy an abstract page into a .txt file; README.md lists what Evidentia reads";

    /**
     * What a document holding records, rather than an export of them, is, and what to do; null
     * when the head is of none. Told by magic bytes; a zip archive's first entries' names (stored
     * uncompressed in its local headers) tell a Word document ({@code word/}) and an Excel
     * workbook ({@code xl/}) from other archives.
     */
    private static String document(byte[] head) {
        if (indexOf(head, PDF, 1024) >= 0) {
            return "it is a PDF document" + EXPORT_INSTEAD;
        }
        if (indexOf(head, ZIP, 0) == 0) {
            if (indexOf(head, "word/".getBytes(StandardCharsets.US_ASCII), head.length) >= 0) {
                return "it is a Word document" + EXPORT_INSTEAD;
            }
            if (indexOf(head, "xl/".getBytes(StandardCharsets.US_ASCII), head.length) >= 0) {
                return "it is an Excel workbook: if it holds a PubMed CSV export, save it from Excel as CSV UTF-8, or give the"
                        + " CSV file PubMed saved";
            }
            return "it is a zip archive: unzip it and give the files in it (or their folder) as inputs";
        }
        if (indexOf(head, SQLITE, 0) == 0) {
            // a findings store named as an input, --store forgotten, was "no source reads this file" and the run a plain one of
            // the other inputs (the review of session 30, L2)
            return "it is an SQLite database, such as an Evidentia findings store: a store is given with --store FILE (evidentia"
                    + " run --store FILE INPUTS... adds inputs to it; evidentia report --store FILE reports it), not as an input";
        }
        if (indexOf(head, OLE, 0) == 0) {
            return "it is a Word, Excel or other Office document in the format before 2007 (.doc, .xls)" + EXPORT_INSTEAD;
        }
        return null;
    }

    /** Whether {@code bytes} start with the bytes {@code mark} (each 0 to 255). */
    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code part} first occurs in {@code bytes}, starting at most at {@code within}; -1 when it does not. */
    private static int indexOf(byte[] bytes, byte[] part, int within) {
        for (int i = 0; i <= Math.min(within, bytes.length - part.length); i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String fileName() {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    @Override
    public byte[] head() {
        if (head == null) {
            byte[] raw = readHead();
            wideText = WideText.of(raw);
            head = wideText == null ? raw : wideText.asUtf8(raw, HEAD_BYTES);
        }
        return Arrays.copyOf(head, head.length);
    }

    /**
     * Text whose byte-order mark makes its encoding certain: UTF-32 (checked first, since its
     * little-endian mark begins with UTF-16's) or UTF-16, either byte order.
     */
    private record WideText(Charset charset, int markLength) {

        static WideText of(byte[] head) {
            if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
                return new WideText(Charset.forName("UTF-32LE"), 4);
            }
            if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
                return new WideText(Charset.forName("UTF-32BE"), 4);
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return new WideText(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return new WideText(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }

        /** The head's text past the mark as UTF-8, at most {@code limit} bytes (possibly cut mid-character, as any head). */
        byte[] asUtf8(byte[] head, int limit) {
            int unit = markLength; // a character's unit is as long as the mark: 2 bytes in UTF-16, 4 in UTF-32
            int whole = (head.length - markLength) / unit * unit; // a head cut mid-unit would end in U+FFFD
            String text = Utf8TranscodingInputStream.utf8Declared(new String(head, markLength, whole, charset));
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return utf8.length <= limit ? utf8 : Arrays.copyOf(utf8, limit);
        }

    }

    /**
     * The first bytes, inflated here rather than on a thread because probing must stay cheap.
     * A truncated or damaged file still shows what could be read of it; gzip of which not one
     * byte inflates is a {@link #problem()}, not an empty file.
     */
    private byte[] readHead() {
        sniff();
        if (problem != null) {
            return new byte[0];
        }
        byte[] buffer = new byte[HEAD_BYTES];
        int filled = 0;
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw) {
            int n;
            while (filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) > 0) {
                filled += n;
            }
        } catch (IOException e) {
            if (gzip && filled == 0) {
                problem = "is not a valid gzip file: it starts as gzip does (bytes 1F 8B) but cannot be inflated ("
                        + (e instanceof EOFException ? "it ends before any content" : e.getMessage()) + ")";
            }
            // else keep what was read before the damage
        }
        return Arrays.copyOf(buffer, filled);
    }

    @Override
    public String headText() {
        if (headText == null) {
            // decoded once: every source's probe asks for it
            byte[] bytes = head();
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            headText = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        return headText;
    }

    /** Looks at the first two bytes for gzip's magic, once; notes why the file cannot be read. */
    private void sniff() {
        if (gzip != null) {
            return;
        }
        gzip = false;
        if (Files.isDirectory(path)) {
            problem = "is a folder, not a file";
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            gzip = in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            problem = IoMessages.plain(e);
        }
    }

    @Override
    public String toString() {
        return displayName;
    }
}
