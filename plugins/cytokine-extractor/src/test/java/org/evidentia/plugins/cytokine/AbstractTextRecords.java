package org.evidentia.plugins.cytokine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Record;

/**
 * A minimal, test-only reader of PubMed "Abstract (text)" exports, enough to feed the dev
 * evaluation: title and abstract (labelled sections kept), PMID and DOI. To be replaced by the
 * real abstract-text source once it is on main.
 */
final class AbstractTextRecords {

    private static final Pattern RECORD_START = Pattern.compile("^\\d+\\. \\S");
    private static final Pattern PMID = Pattern.compile("PMID: (\\d+)");
    private static final Pattern DOI = Pattern.compile("doi: (10\\.\\S+?)\\.?(?:\\s|$)");
    /** A section label at the start of the abstract or after a sentence: "RESULTS: ". */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[.?!)\\]] ))([A-Z][A-Z ,/&-]{2,40}): ");
    private static final Pattern END_OF_ABSTRACT = Pattern.compile(
            "^(?:©|Copyright|PMCID:|PMID:|DOI:|Comment in|Erratum|Republished|Retraction|Update of|Collaborators"
                    + "|Conflict of interest|\\[Article in|Published by|\\(c\\))");

    private AbstractTextRecords() {
    }

    static List<Record> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<List<String>> records = new ArrayList<>();
        List<String> current = null;
        for (String paragraph : text.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (RECORD_START.matcher(p).find() && (current == null || hasPmid(current))) {
                current = new ArrayList<>();
                records.add(current);
            }
            if (current != null) {
                current.add(p);
            }
        }
        List<Record> result = new ArrayList<>();
        for (List<String> paragraphs : records) {
            result.add(toRecord(paragraphs));
        }
        return result;
    }

    private static boolean hasPmid(List<String> paragraphs) {
        return paragraphs.stream().anyMatch(p -> PMID.matcher(p).find());
    }

    private static Record toRecord(List<String> paragraphs) {
        Record.Builder builder = Record.builder();
        String all = String.join("\n", paragraphs);
        Matcher pmid = PMID.matcher(all);
        if (pmid.find()) {
            builder.pmid(pmid.group(1));
        }
        Matcher doi = DOI.matcher(paragraphs.get(0).replace("\n", " "));
        if (doi.find()) {
            builder.doi(doi.group(1));
        }
        if (paragraphs.size() > 1) {
            builder.title(unwrap(paragraphs.get(1)));
        }
        int i = 3; // citation, title, authors
        while (i < paragraphs.size() && (paragraphs.get(i).startsWith("Author information")
                || END_OF_ABSTRACT.matcher(paragraphs.get(i)).find() && !paragraphs.get(i).startsWith("PMID:"))) {
            i++;
        }
        for (; i < paragraphs.size(); i++) {
            String p = unwrap(paragraphs.get(i));
            if (END_OF_ABSTRACT.matcher(p).find()) {
                break;
            }
            Matcher label = LABEL.matcher(p);
            String currentLabel = null;
            int textStart = 0;
            while (label.find()) {
                if (label.start() > textStart) {
                    builder.section(currentLabel, p.substring(textStart, label.start()).strip());
                }
                currentLabel = label.group(1);
                textStart = label.end();
            }
            builder.section(currentLabel, p.substring(textStart).strip());
        }
        return builder.build();
    }

    private static String unwrap(String paragraph) {
        return paragraph.replace('\n', ' ');
    }
}
