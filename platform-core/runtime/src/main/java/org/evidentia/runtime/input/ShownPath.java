package org.evidentia.runtime.input;

import java.nio.file.Path;

/**
 * How a run names an input file in its messages, run.json and reports: relative to the folder its
 * name was given in, the working folder or a pipeline file's own ({@code exports/a.nbib},
 * {@code ../shared/data/b.txt}), unless its absolute path is the shorter, in names
 * ({@code /data/pubmed/c.xml.gz} seen from deep in another tree), or that folder is the root. So a
 * file is shown as it was given, a pipeline file's run names its inputs alike from wherever it is
 * started, and a report made for publication does not carry the folders above the review's own.
 */
public final class ShownPath {

    private ShownPath() {
    }

    /** {@code file} as shown, seen from this process's working folder. */
    public static String of(Path file) {
        return of(file, Path.of("").toAbsolutePath());
    }

    /** {@code file} as shown when its name was given in {@code workingFolder} (absolute). */
    public static String of(Path file, Path workingFolder) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = workingFolder.relativize(absolute);
        } catch (IllegalArgumentException e) {
            return absolute.toString(); // another root (a Windows drive): no relative path leads there
        }
        // from the root, a relative path is the absolute one without its leading "/", and reads as if it were relative
        boolean fromRoot = workingFolder.getNameCount() == 0;
        return !fromRoot && relative.getNameCount() <= absolute.getNameCount() && !relative.toString().isEmpty()
                ? relative.toString() : absolute.toString();
    }
}
