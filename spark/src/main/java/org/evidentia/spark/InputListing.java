package org.evidentia.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.evidentia.runtime.input.ChecksumFiles;

/**
 * The input files a job was given, on any Hadoop file system, in the order the command line uses:
 * as named, a folder's files (walked) and a pattern's matches sorted by path. As {@code evidentia
 * run} does, a walk or a pattern leaves out hidden names and the checksum files beside the file they
 * check ({@link ChecksumFiles}: a mirror of NCBI's PubMed folders holds a {@code .md5} for each
 * file), and says how many it left out; a file named as an input is read whatever it is.
 */
final class InputListing {

    /**
     * @param files   the files, each once, in reading order
     * @param notices what a walk or pattern left out, one line each ({@code INPUT: left out 2 checksum files ...})
     */
    record Listing(List<String> files, List<String> notices) {
        Listing {
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }
    }

    private InputListing() {
    }

    /**
     * @throws JobRefusal when an input names no file, or a folder or pattern holds none to read
     * @throws IOException when a file system cannot be read
     */
    static Listing list(List<String> inputs, Configuration conf) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        List<String> notices = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new JobRefusal("input " + input + " matches no file");
            }
            boolean named = matches.length == 1 && matches[0].isFile() && !isPattern(input);
            List<Path> candidates = new ArrayList<>();
            Set<Path> beside = new HashSet<>(); // every file met, hidden or not: what a checksum may check
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
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
                throw new JobRefusal("input " + input + (checksums > 0 ? " holds only checksum files (" + ChecksumFiles.leftOut(checksums) + ")"
                        : " is a folder with no files in it"));
            }
            if (checksums > 0) {
                notices.add(input + ": " + ChecksumFiles.leftOut(checksums));
            }
            found.sort(null);
            files.addAll(found);
        }
        return new Listing(new ArrayList<>(files), notices);
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

    private static boolean isPattern(String input) {
        return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
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
