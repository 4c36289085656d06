package org.evidentia.plugins.pubmed.medline;

import java.util.List;
import org.evidentia.plugins.pubmed.HeadLines;

/** Scores how surely a file's name and head are MEDLINE. */
final class MedlineDetector {

    private MedlineDetector() {
    }

    /**
     * 95 when the first line with content is {@code PMID- n}; 80 when several lines of the head are
     * MEDLINE tag lines including {@code PMID-} or {@code TI  -}; 20 for a {@code .nbib} or
     * {@code .medline} name with a head that holds a tag line and does not open as markup; else reject. RIS is
     * rejected: its tag lines look like MEDLINE's, but its first tag is {@code TY  - } and its
     * records end with {@code ER  - }, tags MEDLINE has not; read as MEDLINE, every record would
     * lose its PMID and year, so a file no source reads is the better answer.
     */
    static int score(String fileName, String head) {
        List<String> lines = HeadLines.of(head, 200);
        int tagLines = 0;
        boolean keyTag = false;
        boolean risEnd = false;
        String first = null;
        for (String written : lines) {
            if (written.isBlank()) {
                continue;
            }
            String line = MedlineParser.padded(written);
            if (first == null) {
                first = line;
            }
            if (MedlineParser.isTagLine(line)) {
                tagLines++;
                keyTag |= line.startsWith("PMID-") || line.startsWith("TI  -");
                risEnd |= line.startsWith("ER  -");
            }
        }
        if (first != null && first.startsWith("PMID-")) {
            return 95;
        }
        if (risEnd || first != null && first.startsWith("TY  -")) {
            return 0;
        }
        if (keyTag && tagLines >= 3) {
            return 80;
        }
        boolean medlineName = fileName.endsWith(".nbib") || fileName.endsWith(".medline");
        // a head of no tag line at all is no export's, whatever the name: a PDF, a zip or a program saved as .nbib was
        // read as one record or dozens of skipped ones, where the file's kind is the answer (an explorer's F10)
        if (medlineName && tagLines > 0 && !first.startsWith("<")) {
            return 20;
        }
        return 0;
    }
}
