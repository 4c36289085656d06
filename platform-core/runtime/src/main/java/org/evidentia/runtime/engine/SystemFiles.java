package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.Set;

/**
 * The hidden files and folders that systems, version control and editors leave in a folder ({@code .DS_Store}, {@code ._x},
 * {@code .git}): a folder's walk leaves them out without a word, where it tells of other hidden files, which may be exports.
 */
final class SystemFiles {

    private static final Set<String> NAMES = Set.of(".ds_store", ".localized", ".directory", ".git", ".gitignore",
            ".gitattributes", ".svn", ".hg", ".trash", ".trashes", ".spotlight-v100", ".fseventsd", ".temporaryitems",
            ".documentrevisions-v100", ".ipynb_checkpoints", ".idea", ".vscode");

    private SystemFiles() {
    }

    /** Whether {@code path}'s name is one of those, an AppleDouble file ({@code ._x}), a lock, a trash or Evidentia's own. */
    static boolean is(Path path) {
        if (path.getFileName() == null) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return NAMES.contains(name) || name.startsWith("._") || name.startsWith(".~lock.") || name.startsWith(".trash-")
                || name.startsWith(".evidentia");
    }
}
