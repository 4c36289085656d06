package org.evidentia.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.evidentia.runtime.output.FileTrees;

/** The executor's temporary folders (a task's work folder, a refused plugin bundle's copy), deleted when done with. */
final class ScratchFolders {

    private ScratchFolders() {
    }

    /**
     * Deletes {@code folder} and everything in it, as {@link FileTrees#delete} does, as far as it can:
     * what cannot be deleted stays in the temporary folder, and nothing is thrown, so that the error
     * that ended the work is the one reported. Nothing is done for null or a folder that is not there.
     */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // left in the temporary folder
        }
    }
}
