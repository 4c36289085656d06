package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hidden files and folders that systems, version control, editors, R and Python projects and sync tools leave in a
 * folder ({@code .DS_Store}, {@code ._x}, {@code .git}, {@code .Rproj.user}, {@code .venv}, {@code .stfolder}), and empty
 * ones: a folder's walk leaves them out without a word, where it tells of other hidden files, which may be exports.
 */
final class SystemFiles {

    private static final Set<String> NAMES = Set.of(".ds_store", ".localized", ".directory", ".git", ".gitignore",
            ".gitattributes", ".gitkeep", ".svn", ".hg", ".trash", ".trashes", ".spotlight-v100", ".fseventsd", ".temporaryitems",
            ".documentrevisions-v100", ".ipynb_checkpoints", ".idea", ".vscode", ".rproj.user", ".rhistory", ".rdata",
            ".venv", ".env", ".cache", ".pytest_cache", ".mypy_cache", ".stfolder", ".stversions", ".sync", ".dropbox",
            ".dropbox.cache", ".dropbox.attr");

    private SystemFiles() {
    }

    /**
     * Whether {@code path}'s name is one of those, an AppleDouble file ({@code ._x}), a lock, a trash or Evidentia's own;
     * or it is an empty file, which holds no export.
     */
    static boolean is(Path path) {
        if (path.getFileName() == null) {
            return false;
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) == 0) {
                return true;
            }
        } catch (IOException e) {
            return false; // told as a file that cannot be read, if it is one the walk reads
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return NAMES.contains(name) || name.startsWith("._") || name.startsWith(".~lock.") || name.startsWith(".trash-")
                || name.startsWith(".evidentia");
    }

    /**
     * Whether a hidden folder holds a file that may be an export: one not empty and not a system's, at most a few folders
     * down (a folder of nothing else, such as a tool's cache, goes unsaid: the review of session 29's change, S11).
     */
    static boolean holdsAFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 4)) {
            return files.limit(2_000).anyMatch(f -> Files.isRegularFile(f) && !is(f) && !is(f.getParent()));
        } catch (IOException | UncheckedIOException e) {
            return true; // unreadable: said, as any hidden folder was
        }
    }
}
