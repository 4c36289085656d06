package org.evidentia.runtime.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.evidentia.runtime.engine.ConfigurationException.Issue;
import org.evidentia.runtime.input.ChecksumFiles;
import org.evidentia.runtime.input.ShownPath;
import org.evidentia.runtime.output.StagedOutput;
import org.evidentia.runtime.text.Plural;

/**
 * Turns the inputs a user named (files, folders, glob patterns) into files, in a stable order:
 * as named, and within a folder or pattern sorted by path. Hidden files are left out of folders,
 * and so are checksum files beside the file they check ({@code X.md5} beside {@code X}), and the
 * folders Evidentia runs wrote (they hold {@link StagedOutput#MARKER}): a run
 * started again in its export folder would otherwise read its own earlier output (review table,
 * BioC, run.json) as records. Those are told as {@link Resolution#leftOut()}; a folder named as an
 * input itself, or a file in one, is read.
 *
 * <p>Folders are walked following symbolic links. What cannot be walked is not an error of the
 * run: a subfolder that cannot be read, a broken symbolic link and a link that loops back are each
 * an {@link InputProblem} naming the path, and the walk goes on.
 */
public final class InputResolver {

    /**
     * Whether a backslash separates folders, as on Windows. Elsewhere it makes the next character of
     * a pattern stand for itself, as in a shell and in Java's glob ({@code 'exports \[2026\]/*.txt'}).
     */
    private static final boolean BACKSLASH_SEPARATES = java.io.File.separatorChar == '\\';

    /**
     * Something in an input folder that is not read.
     *
     * @param path   the path, as found
     * @param reason why it is not read, in plain words
     */
    public record InputProblem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /**
     * The files found and what could not be read on the way.
     *
     * @param files    the files, each once, in reading order
     * @param problems the paths passed over, in the order met
     * @param leftOut  the folders left out of walks because Evidentia runs wrote them, for each walk
     *                 that met checksum files their count, and the names of a file named before under
     *                 another name (a link), each with a note that says so: not a problem of the
     *                 inputs, but not to be left out silently
     */
    public record Resolution(List<Path> files, List<InputProblem> problems, List<InputProblem> leftOut) {
        public Resolution {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * A pipeline's inputs as files.
     *
     * @param resolution the files of every input, each once, in reading order, and what was passed over or left out on the way
     * @param chosen     the source the pipeline file chose for each file of an input that has one, by file
     * @param issues     an issue at each input that names nothing, and at each choice of another source for a file that has one
     */
    public record PipelineFiles(Resolution resolution, Map<Path, Pipeline.ChosenSource> chosen, List<Issue> issues) {
        public PipelineFiles {
            chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
            issues = List.copyOf(issues);
        }
    }

    private final Path base;

    /** @param base the folder relative inputs are resolved against */
    public InputResolver(Path base) {
        this.base = base;
    }

    /**
     * @return the files, each once, and the paths passed over with their reasons
     * @throws ConfigurationException when an input names nothing
     */
    public Resolution resolveAll(List<String> inputs) throws ConfigurationException {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<InputProblem> leftOut = new LinkedHashSet<>();
        for (String input : inputs) {
            int problemsBefore = problems.size();
            List<InputProblem> outputs = new ArrayList<>();
            List<Path> found = isGlob(input) && !existsAsNamed(input) ? glob(input, problems, outputs) : plain(input, problems, outputs);
            if (found.isEmpty() && problems.size() == problemsBefore) {
                Path plain = base.resolve(input).normalize();
                throw new ConfigurationException("input '" + input + "' "
                        + (!outputs.isEmpty() ? "holds no file outside the folders Evidentia runs wrote, which are left out ("
                                + String.join(", ", outputs.stream().map(o -> o.path().toString()).toList())
                                + "), whose files are outputs, not exports (name one by its path to read it)"
                        : isGlob(input) ? "matches no file (" + whereLooked(globRoot(input)) + literalFolderHint(input) + backslashHint(input) + ")"
                        : Files.isDirectory(plain) ? hiddenOnly(plain)
                        : Files.isSymbolicLink(plain) ? "is a broken symbolic link (" + plain + ")"
                        : "matches no file (looked for " + plain + backslashHint(input) + ")"));
            }
            found.forEach(file -> addOnce(files, file, leftOut));
            leftOut.addAll(outputs);
        }
        return new Resolution(new ArrayList<>(files.values()), problems, new ArrayList<>(leftOut));
    }

    /**
     * Resolves a pipeline's inputs one at a time, so that each issue is at the input it is about, and
     * gives each file the source chosen for the first input that names it; the same for every command
     * (a store run is given the files themselves, so it resolves them here first).
     */
    public PipelineFiles resolve(Pipeline pipeline) {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<InputProblem> passedOver = new ArrayList<>();
        Set<InputProblem> leftOut = new LinkedHashSet<>();
        SourceChoices<Path> choices = new SourceChoices<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < pipeline.inputs().size(); i++) {
            String input = pipeline.inputs().get(i);
            Resolution resolution;
            try {
                resolution = resolveAll(List.of(input));
            } catch (ConfigurationException e) {
                String at = pipeline.inputsAt().get(i);
                e.issues().forEach(issue -> issues.add(new Issue(at, issue.message())));
                continue;
            }
            List<Path> read = new ArrayList<>(); // each file under the name it is read by
            Path named = base.resolve(input).normalize();
            for (Path file : resolution.files()) {
                if (!file.equals(named) && isExclusionList(file, pipeline)) {
                    // "inputs: [.]" beside the list: its lines are no records (they were read as a sheet of them)
                    leftOut.add(new InputProblem(file, "left out: it is this run's exclusion list; name it as an input to read it"));
                    continue;
                }
                read.add(addOnce(files, file, leftOut));
            }
            passedOver.addAll(resolution.problems());
            leftOut.addAll(resolution.leftOut());
            Pipeline.ChosenSource chosen = pipeline.inputSources().get(input);
            for (Path file : chosen == null ? List.<Path>of() : read) {
                Issue twice = choices.choose(file, ShownPath.of(file, base), input, chosen);
                if (twice != null) {
                    issues.add(twice);
                }
            }
        }
        return new PipelineFiles(new Resolution(new ArrayList<>(files.values()), passedOver, new ArrayList<>(leftOut)), choices.chosen(),
                issues);
    }

    /** Whether a file a walk or pattern found is the pipeline's exclusion list. */
    private static boolean isExclusionList(Path file, Pipeline pipeline) {
        Path list = pipeline.exclusions() == null ? null : pipeline.exclusions().path();
        if (list == null) {
            return false;
        }
        try {
            return Files.isSameFile(file, list);
        } catch (IOException e) {
            return false; // one of them is gone: reading it will say so
        }
    }

    /**
     * Adds {@code file} to {@code files} (by the file it is, as named first) unless it is there under
     * another name: a symbolic link to a file named before, or a path through a linked folder, names
     * the same file, and reading it twice would count each of its records as a duplicate of itself.
     * The name passed over is told in {@code leftOut}, so that a count smaller than the files named
     * is explained.
     *
     * @return the name the file is read by: {@code file}, or the name it was added under before
     */
    private Path addOnce(Map<Path, Path> files, Path file, Collection<InputProblem> leftOut) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            real = file; // gone or unreadable since it was found: reading it will say so
        }
        Path earlier = files.putIfAbsent(real, file);
        if (earlier == null) {
            return file;
        }
        if (!earlier.equals(file)) {
            leftOut.add(new InputProblem(file, "the same file as " + ShownPath.of(earlier, base) + ", read once"));
        }
        return earlier;
    }

    private List<Path> plain(String input, List<InputProblem> problems, List<InputProblem> leftOut) throws ConfigurationException {
        Path path = base.resolve(input).normalize();
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(StagedOutput.MARKER))) {
            // its tables were read as exports of records, its report as a saved web page, with 404 warnings and exit 0 (the review
            // of session 30, K13): the folder is refused, and a file of it named by its path is still read
            throw new ConfigurationException("input '" + input + "' is a folder an Evidentia run wrote (it holds " + StagedOutput.MARKER
                    + "): its tables, report and run.json are that run's outputs, not exports; name the exports it read (its run.json"
                    + " lists them), or a file of it by its path to read that file");
        }
        if (Files.isDirectory(path)) {
            return walk(path, Integer.MAX_VALUE, p -> true, p -> true, problems, leftOut);
        }
        return List.of();
    }

    private List<Path> glob(String pattern, List<InputProblem> problems, List<InputProblem> leftOut) throws ConfigurationException {
        try {
            return globWalk(pattern, problems, leftOut);
        } catch (java.util.regex.PatternSyntaxException e) {
            // Java's own three lines ("Missing '} near index 18", the absolute path, a caret) named no input and counted
            // into a path the user did not type (an explorer's F23)
            String why = e.getDescription().replace("Missing '}", "a '{' is not closed").replace("Missing ']", "a '[' is not closed");
            throw new ConfigurationException("input '" + pattern + "' is not a valid pattern: " + why
                    + " (write \\{, \\[, \\* or \\? for the character itself)");
        }
    }

    private List<Path> globWalk(String pattern, List<InputProblem> problems, List<InputProblem> leftOut) {
        String normalized = separators(pattern);
        Path start = globRoot(pattern);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        // The fixed part is a folder's name, taken as it is: a working folder named `exports [2026]` holds no wildcard
        String root = quoted(start.toString().replace('\\', '/')).replaceAll("/$", ""); // "" for the file system's root
        String rest = normalized.substring(normalized.lastIndexOf('/', firstWildcard(normalized)) + 1);
        List<PathMatcher> matchers = withAndWithoutFolders(root + "/" + rest).stream()
                .map(variant -> FileSystems.getDefault().getPathMatcher("glob:" + variant)).toList();
        // Without ** (or braces, whose alternatives may hold slashes), a pattern reaches as deep as its segments, and a folder
        // holds matches only where the pattern's leading segments match it: the walk goes nowhere else, and so tells of no
        // output folder it could never have read (`ibd-0*.txt` beside last month's report folders).
        if (rest.contains("**") || rest.contains("{")) {
            return walk(start, Integer.MAX_VALUE, dir -> true, file -> matchers.stream().anyMatch(m -> m.matches(file)), problems, leftOut);
        }
        String[] segments = rest.split("/");
        List<PathMatcher> folders = new ArrayList<>();
        StringBuilder prefix = new StringBuilder(root);
        for (int depth = 1; depth < segments.length; depth++) {
            prefix.append('/').append(segments[depth - 1]);
            folders.add(FileSystems.getDefault().getPathMatcher("glob:" + prefix));
        }
        return walk(start, segments.length, dir -> folders.get(start.relativize(dir).getNameCount() - 1).matches(dir),
                file -> matchers.stream().anyMatch(m -> m.matches(file)), problems, leftOut);
    }

    /** {@code folder} as a glob that matches it alone: each of the glob's special characters escaped. */
    private static String quoted(String folder) {
        StringBuilder out = new StringBuilder(folder.length());
        for (char c : folder.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String whereLooked(Path root) {
        return Files.isDirectory(root) ? "looked below " + root : "the folder " + root + " does not exist";
    }

    /** The folder a pattern's walk starts in: its fixed part before the first wildcard, its escapes undone. */
    private Path globRoot(String pattern) {
        String normalized = separators(pattern);
        int slash = normalized.lastIndexOf('/', firstWildcard(normalized));
        return base.resolve(slash < 0 ? "." : unescaped(normalized.substring(0, slash + 1))).normalize();
    }

    /**
     * For a pattern that matched nothing, whether the folder its first wildcard lies in exists under
     * the name the pattern gives it, brackets and all ({@code exports [2026]/*.txt}): the pattern
     * read its {@code [2026]} as one character of four, and the user needs to be told how to write
     * the name as it is. Empty otherwise, and where a backslash separates folders.
     */
    private String literalFolderHint(String pattern) {
        if (BACKSLASH_SEPARATES) {
            return "";
        }
        int end = pattern.indexOf('/', firstWildcard(pattern));
        if (end < 0) {
            return "";
        }
        String folder = pattern.substring(0, end);
        try {
            if (!Files.isDirectory(base.resolve(folder))) {
                return "";
            }
        } catch (InvalidPathException e) {
            return "";
        }
        return "; '" + folder + "' is a folder, but a pattern reads * ? [ ] { } in it as wildcards: write a backslash before each, as in '"
                + quoted(folder) + pattern.substring(end) + "', or run from inside the folder";
    }

    /**
     * For an input that matched nothing and holds a backslash where a backslash separates no folders,
     * whether it names files with slashes in its place: a pipeline file written on Windows
     * ({@code data\*.nbib}), which here asks for a file named {@code data*.nbib}. Every backslash is
     * tried as a slash, then those before no bracket or brace, which may be escapes the same file
     * needs ({@code ex \[2026\]\*.txt} for the files of the folder {@code ex [2026]}). Empty otherwise.
     */
    private String backslashHint(String input) {
        if (BACKSLASH_SEPARATES || input.indexOf('\\') < 0) {
            return "";
        }
        for (String slashed : new LinkedHashSet<>(List.of(input.replace('\\', '/'), input.replaceAll("\\\\(?![\\[\\]{}])", "/")))) {
            List<Path> found;
            try {
                found = isGlob(slashed) && !existsAsNamed(slashed) ? glob(slashed, new ArrayList<>(), new ArrayList<>())
                        : plain(slashed, new ArrayList<>(), new ArrayList<>());
            } catch (InvalidPathException | ConfigurationException e) {
                continue; // as slashes the backslashes make no path, or no pattern: no hint of them
            }
            if (!found.isEmpty()) {
                return "; a backslash separates no folders here: with '/' between them, '" + slashed + "' names "
                        + Plural.count(found.size(), "file");
            }
        }
        return "";
    }

    /**
     * The pattern, and the pattern with each whole {@code **}{@code /} segment left out, in every
     * combination: {@code **}{@code /} matches zero or more folders, as in bash's globstar, zsh, git
     * and Ant, where Java's glob wants at least one, so {@code exports/**}{@code /*.xml.gz} would
     * pass over the files directly in {@code exports/} without a word.
     */
    private static List<String> withAndWithoutFolders(String pattern) {
        int at = pattern.indexOf("**/");
        while (at > 0 && pattern.charAt(at - 1) != '/') {
            at = pattern.indexOf("**/", at + 1);
        }
        if (at < 0) {
            return List.of(pattern);
        }
        String head = pattern.substring(0, at);
        List<String> variants = new ArrayList<>();
        for (String tail : withAndWithoutFolders(pattern.substring(at + 3))) {
            variants.add(head + "**/" + tail);
            variants.add(head + tail);
        }
        return variants;
    }

    /**
     * The files below {@code folder}, at most {@code maxDepth} folders down, that {@code keep} keeps, in the folders
     * that {@code mayHoldMatches}; what the walk met (unreadable files, broken links) in {@code problems} and what it
     * left out (output folders, checksum files) in {@code leftOut}.
     */
    private static List<Path> walk(Path folder, int maxDepth, Predicate<Path> mayHoldMatches, Predicate<Path> keep,
                                   List<InputProblem> problems, List<InputProblem> leftOut) {
        List<Path> found = new ArrayList<>();
        List<InputProblem> met = new ArrayList<>();
        List<InputProblem> outputs = new ArrayList<>();
        List<Path> checksums = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(folder.relativize(dir)) || !mayHoldMatches.test(dir)) {
                        if (isHidden(folder.relativize(dir)) && mayHoldMatches.test(dir) && !SystemFiles.is(dir)
                                && SystemFiles.holdsAFile(dir)) {
                            hidden.add(folder.relativize(dir) + "/");
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.exists(dir.resolve(StagedOutput.MARKER))) {
                        outputs.add(new InputProblem(dir, "left out: an Evidentia run wrote this folder (it holds "
                                + StagedOutput.MARKER + "); its files are that run's outputs, not exports (name one by its path to read it)"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(folder.relativize(file)) || !keep.test(file)) {
                        if (isHidden(folder.relativize(file)) && keep.test(file) && !SystemFiles.is(file)) {
                            hidden.add(folder.relativize(file).toString());
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        // A link that could not be followed: its target is gone.
                        met.add(new InputProblem(file, "a broken symbolic link (its target does not exist): not read"));
                    } else if (attrs.isRegularFile() && isChecksumOfSibling(file)) {
                        checksums.add(file);
                    } else if (attrs.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(folder.relativize(file))) {
                        met.add(new InputProblem(file, reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            met.add(new InputProblem(folder, reason(e)));
        }
        found.sort(null);
        met.sort((a, b) -> a.path().compareTo(b.path()));
        problems.addAll(met);
        outputs.sort((a, b) -> a.path().compareTo(b.path()));
        leftOut.addAll(outputs);
        if (!checksums.isEmpty()) {
            leftOut.add(new InputProblem(folder, ChecksumFiles.leftOut(checksums.size())));
        }
        if (!hidden.isEmpty() && !found.isEmpty()) {
            // an export saved as .pubmed.txt, or in a folder a sync tool hid, was left out without a word (the review of
            // session 28, N8); a folder of hidden files alone is told as such where it is resolved
            hidden.sort(null);
            leftOut.add(new InputProblem(folder, "left out " + hidden.size() + " hidden file" + (hidden.size() == 1 ? "" : "s")
                    + " or folder" + (hidden.size() == 1 ? "" : "s") + " (" + String.join(", ", hidden.subList(0, Math.min(3, hidden.size())))
                    + (hidden.size() > 3 ? " and " + (hidden.size() - 3) + " more" : "") + "), which reading a folder or a pattern leaves"
                    + " out; name one by its path as an input to read it"));
        }
        return found;
    }

    /** Whether {@code file} is a checksum beside the file it checks ({@link ChecksumFiles}). */
    private static boolean isChecksumOfSibling(Path file) {
        String checked = ChecksumFiles.checkedName(file.getFileName().toString());
        return checked != null && Files.isRegularFile(file.resolveSibling(checked));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied; its files are not read";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link back to a folder that contains it: not walked again";
        }
        return "cannot be read: " + (e.getMessage() == null ? "unreadable" : e.getMessage());
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file or folder is named {@code input} as it is ("pubmed[1].xml"): then it is that file, not a pattern. */
    private boolean existsAsNamed(String input) {
        try {
            return Files.exists(base.resolve(input));
        } catch (InvalidPathException e) {
            return false; // a pattern no file can be named by ("*.xml" on Windows)
        }
    }

    /** A pattern: it holds a wildcard, or (where a backslash is no separator) a wildcard's character escaped to be taken as it is. */
    private static boolean isGlob(String input) {
        return firstWildcard(input) < input.length() || (!BACKSLASH_SEPARATES && !unescaped(input).equals(input));
    }

    /** Where the first wildcard is, passing over escaped characters; the length when there is none. */
    private static int firstWildcard(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\' && !BACKSLASH_SEPARATES) {
                i++;
            } else if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return input.length();
    }

    /** The pattern with '/' between folders: a backslash is one only where it separates them. */
    private static String separators(String pattern) {
        return BACKSLASH_SEPARATES ? pattern.replace('\\', '/') : pattern;
    }

    /** The fixed part of a pattern as the name it stands for: each escaped wildcard character as itself. */
    private static String unescaped(String fixed) {
        return BACKSLASH_SEPARATES ? fixed : fixed.replaceAll("\\\\([*?\\[\\]{}\\\\])", "$1");
    }

    /**
     * {@code is a folder with no files in it}, or, where it holds hidden files only, that it does and how to read one: such a
     * folder was told as one with no files (the review of session 25, m2).
     */
    private static String hiddenOnly(Path folder) {
        List<String> hidden;
        try (var entries = Files.walk(folder)) {
            hidden = entries.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            hidden = List.of();
        }
        return hidden.isEmpty() ? "is a folder with no files in it (" + folder + ")"
                : "is a folder whose only files are hidden, which reading a folder leaves out (" + String.join(", ", hidden.subList(0,
                        Math.min(3, hidden.size()))) + (hidden.size() > 3 ? " and " + (hidden.size() - 3) + " more" : "") + ", in " + folder
                        + "): name one as an input to read it";
    }
}
