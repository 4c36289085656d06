package org.evidentia.plugins.html;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * HTML fragments rendered as records flow (study cards, evidence sentences), kept in one scratch
 * file rather than in memory: the report holds only a {@link Fragment} per piece (an offset and a
 * length) and reads each back once, when it writes the page. So a run's memory does not grow with
 * the abstracts it reports. Appends and reads may interleave; not thread-safe.
 */
final class FragmentSpool implements Closeable {

    private final Path file;
    private final OutputStream out;
    private FileChannel reader;
    private long size;

    /** Creates the spool file in {@code folder} (the reporter's scratch folder). */
    FragmentSpool(Path folder) throws IOException {
        this.file = folder.resolve("fragments.html");
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
    }

    /** Appends {@code html} and returns where it is. */
    Fragment append(String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        Fragment fragment = new Fragment(this, size, bytes.length);
        size += bytes.length;
        return fragment;
    }

    /** The fragment's HTML, as appended. */
    String read(Fragment fragment) throws IOException {
        if (reader == null) {
            out.flush();
            reader = FileChannel.open(file, StandardOpenOption.READ);
        } else if (fragment.offset() + fragment.length() > reader.size()) {
            out.flush();
        }
        ByteBuffer buffer = ByteBuffer.allocate(fragment.length());
        long at = fragment.offset();
        while (buffer.hasRemaining()) {
            int n = reader.read(buffer, at + buffer.position());
            if (n < 0) {
                throw new IOException("fragment spool " + file + " ends before byte " + (at + fragment.length()));
            }
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    /** Closes the file; the runtime deletes the scratch folder with it. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
