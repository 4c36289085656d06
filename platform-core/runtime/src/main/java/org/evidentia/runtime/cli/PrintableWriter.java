package org.evidentia.runtime.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.evidentia.runtime.text.ConsoleText;

/**
 * The one place console lines pass on their way to stdout and stderr: every control character in
 * them (ESC, BEL, CR on its own, C1 controls, bidi overrides) is shown escaped ({@code \x1b}), so
 * that a file name or a quoted input line cannot drive the terminal (see {@link ConsoleText}).
 * Line feeds are kept, since the lines themselves are separated by them; text that may hold a line
 * feed from an input (a problem, a file name) is put on one line with {@link ConsoleText#oneLine}
 * where it is printed.
 */
final class PrintableWriter extends FilterWriter {

    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(ConsoleText.printable(text.substring(offset, offset + length), true));
    }
}
