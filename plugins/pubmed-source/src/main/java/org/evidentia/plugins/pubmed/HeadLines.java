package org.evidentia.plugins.pubmed;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a file's head as {@code head.split("\r?\n", limit)} gives them (a lone CR is no
 * line break, and the last of {@code limit} pieces is the rest of the head), found without a
 * regular expression: every source probes every input, and on a folder of many small files the
 * expression's matcher was a large part of choosing their sources.
 */
public final class HeadLines {

    private HeadLines() {
    }

    /**
     * @param head  the head's text; not null
     * @param limit the most pieces, at least 1
     * @return the pieces, in order; a new list
     */
    public static List<String> of(String head, int limit) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (lines.size() < limit - 1) {
            int end = head.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            lines.add(head.substring(start, end > start && head.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        lines.add(head.substring(start));
        return lines;
    }
}
