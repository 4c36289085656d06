package org.evidentia.runtime.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;

/**
 * Standard output as Java makes it, over a stream that keeps the first failure of a write, which the {@link PrintStream}
 * and the writers above it hide: a reader that closed the pipe ({@code evidentia plugins | grep -q ID}, {@code | head}) has
 * all it wanted, where a full disk lost what was written (the review of session 23, P8: both failed the command).
 */
final class StandardOutput extends FilterOutputStream {

    private volatile IOException failure;

    private StandardOutput(OutputStream out) {
        super(out);
    }

    /** Puts a new one under {@link System#out}, with the buffer, flushing and encoding Java gives System.out, and returns it. */
    static StandardOutput install() {
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        BufferedOutputStream buffered = new BufferedOutputStream(stdout, 128);
        String encoding = System.getProperty("sun.stdout.encoding");
        PrintStream printed = null;
        if (encoding != null) {
            try {
                printed = new PrintStream(buffered, true, encoding);
            } catch (UnsupportedEncodingException e) {
                printed = null; // as Java does: the default encoding
            }
        }
        System.setOut(printed != null ? printed : new PrintStream(buffered, true));
        return stdout;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failed(e);
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failed(e);
            throw e;
        }
    }

    private void failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Whether a write failed because the reader closed the pipe (EPIPE), not for want of room or a device's error. */
    boolean closedByReader() {
        IOException first = failure;
        return first != null && first.getMessage() != null && first.getMessage().contains("Broken pipe");
    }
}
