package org.evidentia.plugins.pubmed;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a file's head as {@code head.split("\r\n|\r|\n", limit)} gives them (LF, CRLF and a lone
 * CR each end a line, as the sources' readers cut them, and the last of {@code limit} pieces is the rest
 * of the head), found without a regular expression: every source probes every input, and on a folder
 * of many small files the expression's matcher was a large part of choosing their sources. (Until
 * 2026-12-06 a lone CR was no line break here, and a file of CR line ends was read by no source unless
 * forced.)
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
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            if (end >= head.length()) {
                break;
            }
            lines.add(head.substring(start, end));
            start = end + (head.charAt(end) == '\r' && end + 1 < head.length() && head.charAt(end + 1) == '\n' ? 2 : 1);
        }
        lines.add(head.substring(start));
        return lines;
    }
}
