package org.evidentia.runtime.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of the system's temporary folder that a command works in and deletes when it is done,
 * and that is deleted too when Java shuts down before that: Ctrl-C (SIGINT) or {@code kill}
 * (SIGTERM) run shutdown hooks but no {@code finally}, so without the hook a stopped command left
 * its folder behind. A hook is registered for the folder's lifetime only, from {@link #create} to
 * {@link #close}. {@code kill -9} and a power cut run no hook: the folder stays then.
 *
 * <p>The hook runs beside the command's threads, which Java does not stop until every hook has
 * returned: a command that goes on writing into the folder (making a folder below it makes the
 * folder again) must be stopped first, and close this as it unwinds, as {@code bench} does.
 */
public final class ScratchFolder implements AutoCloseable {

    /** How many times the hook walks the folder: threads of the stopped command may still write into it as it deletes. */
    private static final int DELETE_ATTEMPTS = 5;

    private final Path path;
    private final Thread deleteOnShutdown;

    private ScratchFolder(Path path) {
        this.path = path;
        this.deleteOnShutdown = new Thread(this::deleteWhileShuttingDown, "evidentia-delete-" + path.getFileName());
    }

    /**
     * Makes a new folder {@code PREFIX*} in the system's temporary folder ({@code java.io.tmpdir})
     * and registers its deletion at shutdown.
     *
     * @throws IOException when it cannot be made
     */
    public static ScratchFolder create(String prefix) throws IOException {
        ScratchFolder scratch = new ScratchFolder(Files.createTempDirectory(prefix));
        Runtime.getRuntime().addShutdownHook(scratch.deleteOnShutdown);
        return scratch;
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /**
     * Deletes the folder ({@link FileTrees#delete}) and its shutdown hook.
     *
     * @throws IOException the first entry that cannot be deleted, as {@link FileTrees#delete} says
     */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(deleteOnShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is deleting it
        }
        FileTrees.delete(path);
    }

    /** The hook: deletes what it can, walking again while the stopped command's threads still add files. */
    private void deleteWhileShuttingDown() {
        for (int attempt = 1; attempt <= DELETE_ATTEMPTS; attempt++) {
            try {
                FileTrees.delete(path);
                return;
            } catch (IOException e) {
                // a file written meanwhile (the folder not empty as it is deleted): walk again; at worst the folder stays
            }
        }
    }
}
