package org.evidentia.runtime.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the inputs a user named (files, folders, glob patterns) into files, in a stable order:
 * as named, and within a folder or pattern sorted by path. Hidden files are left out of folders.
 */
public final class InputResolver {

    private final Path base;

    /** @param base the folder relative inputs are resolved against */
    public InputResolver(Path base) {
        this.base = base;
    }

    /**
     * @return the files, each once
     * @throws ConfigurationException when an input names nothing
     */
    public List<Path> resolve(List<String> inputs) throws ConfigurationException {
        Set<Path> files = new LinkedHashSet<>();
        for (String input : inputs) {
            List<Path> found = isGlob(input) ? glob(input) : plain(input);
            if (found.isEmpty()) {
                Path plain = base.resolve(input).normalize();
                throw new ConfigurationException("input '" + input + "' "
                        + (isGlob(input) ? "matches no file"
                        : Files.isDirectory(plain) ? "is a folder with no files in it (" + plain + ")"
                        : "matches no file (looked for " + plain + ")"));
            }
            files.addAll(found);
        }
        return new ArrayList<>(files);
    }

    private List<Path> plain(String input) throws ConfigurationException {
        Path path = base.resolve(input).normalize();
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (Files.isDirectory(path)) {
            return walk(path, p -> true);
        }
        return List.of();
    }

    private List<Path> glob(String pattern) throws ConfigurationException {
        // The fixed part before the first wildcard is where the walk starts.
        String normalized = pattern.replace('\\', '/');
        int wildcard = firstWildcard(normalized);
        int slash = normalized.lastIndexOf('/', wildcard);
        String root = slash < 0 ? "" : normalized.substring(0, slash + 1);
        Path start = base.resolve(root.isEmpty() ? "." : root).normalize();
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        Path absolutePattern = base.resolve(normalized).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolutePattern.toString().replace('\\', '/'));
        return walk(start, matcher::matches);
    }

    private static List<Path> walk(Path folder, java.util.function.Predicate<Path> keep) throws ConfigurationException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(keep)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read folder " + folder + ": " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String input) {
        return firstWildcard(input) < input.length();
    }

    private static int firstWildcard(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return input.length();
    }
}
