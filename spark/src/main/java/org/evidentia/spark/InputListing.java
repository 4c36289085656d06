package org.evidentia.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files a job was given, on any Hadoop file system, in the order the command line uses:
 * as named, a folder's files (walked, hidden ones left out) and a pattern's matches sorted by path.
 */
final class InputListing {

    private InputListing() {
    }

    static List<String> list(List<String> inputs, Configuration conf) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IOException("input " + input + " matches no file");
            }
            List<String> found = new ArrayList<>();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                    while (walk.hasNext()) {
                        LocatedFileStatus file = walk.next();
                        if (!hidden(match.getPath(), file.getPath())) {
                            found.add(file.getPath().toString());
                        }
                    }
                } else {
                    found.add(match.getPath().toString());
                }
            }
            if (found.isEmpty()) {
                throw new IOException("input " + input + " is a folder with no files in it");
            }
            found.sort(null);
            files.addAll(found);
        }
        return new ArrayList<>(files);
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
