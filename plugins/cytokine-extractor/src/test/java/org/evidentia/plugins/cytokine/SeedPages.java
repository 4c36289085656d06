package org.evidentia.plugins.cytokine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Record;

/**
 * Test-only reading of the two seed pages (an abstract page of the Read site and a PubMed abstract
 * page, copied from a browser): title, abstract and DOI, enough to check the seed findings.
 */
final class SeedPages {

    private static final Pattern DOI = Pattern.compile("(?m)^doi: (10\\.\\S+?)\\.?$");

    private SeedPages() {
    }

    static Record read(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> paragraphs = List.of(text.split("\n\\s*\n"));
        Record.Builder builder = Record.builder();
        Matcher doi = DOI.matcher(text);
        if (doi.find()) {
            // PubMed page: the title follows the DOI line, the abstract follows the "Abstract" heading.
            builder.doi(doi.group(1));
            String afterDoi = text.substring(doi.end()).strip();
            builder.title(afterDoi.substring(0, afterDoi.indexOf('\n')).strip());
            builder.section(null, paragraphs.get(paragraphs.indexOf("Abstract") + 1).strip());
        } else {
            // Read page: the title follows the "Add to saved papers" button, the abstract follows the title.
            int button = indexOfParagraphEndingWith(paragraphs, "Add to saved papers");
            builder.title(paragraphs.get(button + 1).strip());
            builder.section(null, paragraphs.get(button + 2).strip());
        }
        return builder.build();
    }

    private static int indexOfParagraphEndingWith(List<String> paragraphs, String end) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).strip().endsWith(end)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no paragraph ends with '" + end + "'");
    }
}
