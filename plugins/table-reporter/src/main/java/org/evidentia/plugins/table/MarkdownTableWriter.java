package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as a GitHub-flavoured Markdown pipe table. Cell text is made literal: line breaks
 * become spaces, Markdown's punctuation ({@code \ ` * _ [ ] |}) is backslash-escaped and
 * {@code & < >} become entities, so a title holding {@code <script>} shows as text in any renderer.
 */
final class MarkdownTableWriter implements TextTable {

    @Override
    public RowWriter open(List<String> header, Writer out) throws IOException {
        writeRow(header, out);
        out.write('|');
        for (int i = 0; i < header.size(); i++) {
            out.write(" --- |");
        }
        out.write('\n');
        return new RowWriter() {
            @Override
            public void row(List<String> cells) throws IOException {
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
                }
                writeRow(cells, out);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    @Override
    public String line(List<String> cells) {
        return row(cells, new StringBuilder(256)).toString();
    }

    private static void writeRow(List<String> cells, Writer out) throws IOException {
        out.append(row(cells, new StringBuilder(256)));
    }

    private static StringBuilder row(List<String> cells, StringBuilder out) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        return out.append('\n');
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
