package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a table as a GitHub-flavoured Markdown pipe table. Cell text is made literal: line breaks
 * become spaces, Markdown's punctuation ({@code \ ` * _ [ ] |}) is backslash-escaped and
 * {@code & < >} become entities, so a title holding {@code <script>} shows as text in any renderer.
 */
final class MarkdownTableWriter {

    void write(Table table, Writer out) throws IOException {
        writeRow(table.header(), out);
        out.write('|');
        for (int i = 0; i < table.header().size(); i++) {
            out.write(" --- |");
        }
        out.write('\n');
        try (Stream<List<String>> rows = table.rows()) {
            for (Iterator<List<String>> it = rows.iterator(); it.hasNext(); ) {
                writeRow(it.next(), out);
            }
        }
    }

    private static void writeRow(List<String> cells, Writer out) throws IOException {
        out.write('|');
        for (String cell : cells) {
            out.write(' ');
            out.write(escape(cell));
            out.write(" |");
        }
        out.write('\n');
    }

    static String escape(String cell) {
        StringBuilder text = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|' -> text.append('\\').append(c);
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '\r', '\n', '\t' -> text.append(' ');
                default -> text.append(c);
            }
        }
        return text.toString().strip();
    }
}
