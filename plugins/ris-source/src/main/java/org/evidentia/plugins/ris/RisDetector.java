package org.evidentia.plugins.ris;

import java.util.regex.Pattern;

/** Scores how surely a file's name and head are RIS. */
final class RisDetector {

    private static final int LINES = 200;
    /** The header some databases write before the first record: {@code Provider: Elsevier}. */
    static final Pattern HEADER = Pattern.compile("^[A-Z][A-Za-z -]{1,30}:( .*)?$");

    private RisDetector() {
    }

    /**
     * 95 when the first tag line of the head is {@code TY  - } and nothing but a database's header
     * lines ({@code Provider: ...}) comes before it; 90 for a {@code .ris} file whose first tag line
     * is {@code TY  - } after other text; 15 for another {@code .ris} file that is not XML; else
     * reject. MEDLINE files (first tag {@code PMID-}, or {@code TI  -} before any TY) are rejected.
     */
    static int score(String fileName, String head) {
        boolean risName = fileName.endsWith(".ris");
        boolean onlyHeader = true;
        boolean xml = false;
        int examined = 0;
        for (String line : head.lines().limit(LINES + 1).toList()) { // "\r\n|\r|\n", as lines() breaks them
            if (++examined > LINES) {
                break;
            }
            String stripped = line.stripTrailing();
            if (stripped.isEmpty()) {
                continue;
            }
            RisTagLine tag = RisTagLine.parse(stripped);
            if (tag != null) {
                if (tag.is("TY")) {
                    return onlyHeader ? 95 : risName ? 90 : 0;
                }
                break; // a tag line before any TY: another tagged format (MEDLINE's "TI  - ")
            }
            if (stripped.startsWith("PMID-")) {
                return 0;
            }
            xml |= onlyHeader && stripped.stripLeading().startsWith("<");
            onlyHeader &= HEADER.matcher(stripped).matches();
        }
        return risName && !xml ? 15 : 0;
    }
}
