package org.evidentia.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.input.ChecksumFiles;

/**
 * The input files a job was given, on any Hadoop file system, in the order the command line uses:
 * as named, a folder's files (walked) and a pattern's matches sorted by path. As {@code evidentia
 * run} does, a walk or a pattern leaves out hidden names and the checksum files beside the file they
 * check ({@link ChecksumFiles}: a mirror of NCBI's PubMed folders holds a {@code .md5} for each
 * file), and says how many it left out; a file named as an input is read whatever it is; and a
 * broken symbolic link in a walked folder is an input error naming it, as {@code run} makes it.
 */
final class InputListing {

    /**
     * @param files    the files, each once, in reading order
     * @param notices  what a walk or pattern left out, one line each ({@code INPUT: left out 2 checksum files ...})
     * @param problems what a walk met and could not read (a broken symbolic link), each an input error naming the
     *                 path, as {@code evidentia run} counts it: the job's problems, kept in job.json for the import
     */
    record Listing(List<String> files, List<String> notices, List<Problem> problems) {
        Listing {
            files = List.copyOf(files);
            notices = List.copyOf(notices);
            problems = List.copyOf(problems);
        }
    }

    /** What {@code evidentia run} says of a broken symbolic link in a folder it walks (InputResolver). */
    static final String BROKEN_LINK = "a broken symbolic link (its target does not exist): not read";

    /** An input {@code evidentia run} takes for a search ({@code NAME:QUERY}, as RetrievalInput reads it). */
    private static final Pattern SEARCH = Pattern.compile("^([a-z][a-z0-9-]+):(.*)$", Pattern.DOTALL);

    private InputListing() {
    }

    /**
     * @throws JobRefusal when an input names no file, or a folder or pattern holds none to read
     * @throws IOException when a file system cannot be read
     */
    static Listing list(List<String> inputs, Configuration conf) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        List<String> notices = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String input : inputs) {
            Path path = path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus exact = existing(fs, path);
            FileStatus[] matches = exact != null ? new FileStatus[] {exact} : glob(fs, path, input);
            if (matches == null || matches.length == 0) {
                java.nio.file.Path local = local(fs, fs.makeQualified(path));
                throw new JobRefusal("input " + input + (local != null && Files.isSymbolicLink(local) && !Files.exists(local)
                        ? " is a broken symbolic link (" + local + ")" : " matches no file"));
            }
            boolean named = exact != null && exact.isFile();
            List<Path> candidates = new ArrayList<>();
            Set<Path> beside = new HashSet<>(); // every file met, hidden or not: what a checksum may check
            int problemsBefore = problems.size();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    brokenLinks(fs, match.getPath(), problems);
                    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                    while (walk.hasNext()) {
                        Path file = walk.next().getPath();
                        beside.add(file);
                        if (!hidden(match.getPath(), file)) {
                            candidates.add(file);
                        }
                    }
                } else {
                    beside.add(match.getPath());
                    if (named || !hidden(match.getPath().getParent(), match.getPath())) { // a pattern's match: not _SUCCESS, .x
                        candidates.add(match.getPath());
                    }
                }
            }
            List<String> found = new ArrayList<>();
            int checksums = 0;
            for (Path file : candidates) {
                if (!named && isChecksumOfSibling(fs, file, beside)) {
                    checksums++;
                } else {
                    found.add(file.toString());
                }
            }
            if (found.isEmpty()) {
                // a job with no file to read writes nothing an import takes: refused, naming what the walk met instead
                throw new JobRefusal("input " + input + (problems.size() > problemsBefore ? " holds no file to read: "
                        + problems.get(problemsBefore).file() + " is " + problems.get(problemsBefore).message()
                        : checksums > 0 ? " holds only checksum files (" + ChecksumFiles.leftOut(checksums) + ")"
                        : " is a folder with no files in it"));
            }
            if (checksums > 0) {
                notices.add(input + ": " + ChecksumFiles.leftOut(checksums));
            }
            found.sort(null);
            files.addAll(found);
        }
        return new Listing(new ArrayList<>(files), notices, problems);
    }

    /**
     * The input as a Hadoop path, or a one-line refusal: Hadoop takes what comes before a ':' in the
     * first part for a URI's scheme, so {@code pubmed:fibromyalgia} (a search, which {@code evidentia
     * run} runs and the job does not) and {@code export 10:30.xml} are no paths; the latter is read as
     * {@code ./export 10:30.xml}. Checked before Spark starts.
     *
     * @throws JobRefusal when Hadoop reads no path in the input
     */
    static Path path(String input) {
        Matcher search = SEARCH.matcher(input);
        if (search.matches() && !search.group(2).startsWith("/")) {
            // "hdfs:///x" and "file:/x" are URIs; "pubmed:QUERY" (or "europepmc:QUERY") is what run takes for a search
            throw new JobRefusal("input " + input + " is a search (" + search.group(1) + ":QUERY), which evidentia-spark does not run: it"
                    + " reads files; run the search with evidentia run --store, or give a file whose name holds ':' as ./" + input);
        }
        try {
            return new Path(input);
        } catch (IllegalArgumentException e) {
            throw new JobRefusal("input " + input + " is no path Hadoop reads (" + (e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage()) + "); give a name whose first part holds ':' as ./" + input);
        }
    }

    /**
     * Adds an input error for each broken symbolic link under a local folder: Hadoop's walk of the
     * local file system passes over a link whose target is gone without a word, where {@code
     * evidentia run} names it. Other file systems (HDFS, S3) give their walks no such links.
     */
    private static void brokenLinks(FileSystem fs, Path folder, List<Problem> problems) throws IOException {
        java.nio.file.Path root = local(fs, folder);
        if (root == null) {
            return;
        }
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
                // followed links come with their targets' attributes: a link's own are those of one that could not be followed
                if (attrs.isSymbolicLink() && !hidden(root.relativize(file))) {
                    problems.add(new Problem(Problem.Kind.INPUT_ERROR, null, fs.makeQualified(new Path(file.toUri())).toString(), 0, 0, null,
                            BROKEN_LINK));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
                return FileVisitResult.CONTINUE; // what Hadoop's walk cannot read, it tells itself
            }
        });
    }

    /** The path on this machine of a path of the local file system ({@code file:}); null for another file system. */
    private static java.nio.file.Path local(FileSystem fs, Path path) {
        return "file".equals(fs.getUri().getScheme()) ? java.nio.file.Path.of(path.toUri().getPath()) : null;
    }

    private static boolean hidden(java.nio.file.Path relative) {
        for (java.nio.file.Path name : relative) {
            if (name.toString().startsWith(".") || name.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code file} is a checksum of a file beside it: one the walk met, or (a pattern's match) one the file system has. */
    private static boolean isChecksumOfSibling(FileSystem fs, Path file, Set<Path> met) throws IOException {
        String checked = ChecksumFiles.checkedName(file.getName());
        if (checked == null) {
            return false;
        }
        Path sibling = new Path(file.getParent(), checked);
        if (met.contains(sibling)) {
            return true;
        }
        try {
            return fs.getFileStatus(sibling).isFile();
        } catch (FileNotFoundException e) {
            return false;
        }
    }

    /**
     * The file or folder the input names as it is, or null: as {@code evidentia run} does, a name that
     * exists is read before it is taken for a pattern ({@code il6 [1].xml} is that file, not {@code
     * il6 1.xml}). Hadoop's globbing also rebuilds each part of the path as a relative path, which a
     * part holding ':' ({@code ./export 10:30.xml}) is not.
     */
    private static FileStatus existing(FileSystem fs, Path path) throws IOException {
        try {
            return fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    /** The matches of a pattern, or a refusal when Hadoop's globbing cannot take it (a part holding ':'). */
    private static FileStatus[] glob(FileSystem fs, Path path, String input) throws IOException {
        try {
            return fs.globStatus(path);
        } catch (IllegalArgumentException e) {
            throw new JobRefusal("input " + input + " is no pattern Hadoop reads (" + (e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage()) + "); name the files, or their folder");
        }
    }

    /** A name under the folder that starts with . or _ (Hadoop's own marker files, such as _SUCCESS). */
    private static boolean hidden(Path folder, Path file) {
        for (Path p = file; p != null && !p.equals(folder); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
