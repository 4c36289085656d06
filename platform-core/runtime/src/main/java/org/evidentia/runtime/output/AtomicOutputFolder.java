package org.evidentia.runtime.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidentia.api.OutputFolder;

/**
 * Writes each file to a hidden temporary file beside its target and moves it into place only
 * when the body succeeds: an interrupted run never leaves a half-written file that looks whole.
 */
public final class AtomicOutputFolder implements OutputFolder {

    private final Path root;
    private final Set<Path> written = new LinkedHashSet<>();

    public AtomicOutputFolder(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path write(String name, Body<OutputStream> body) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its files are private (0600); outputs are meant to be shared.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 64 * 1024)) {
                body.writeTo(new NonClosingOutputStream(out));
            }
            moveIntoPlace(temp, target);
            synchronized (written) {
                written.add(target);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Path writeText(String name, Body<Writer> body) throws IOException {
        return write(name, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.writeTo(writer);
            writer.flush();
        });
    }

    /** Every file written through this folder so far, in the order first written. */
    public List<Path> written() {
        synchronized (written) {
            return List.copyOf(written);
        }
    }

    private Path resolve(String name) {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root.normalize()) || target.equals(root.normalize())) {
            throw new IllegalArgumentException("'" + name + "' is not a file inside the output folder " + root);
        }
        return target;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reporters must not close the runtime's stream; flushing is fine. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
