package org.evidentia.runtime.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The stamp beside a plugin's unpacked files: which zip they came from, by its digest, and the zip
 * file's size, modification time and change time when it was unpacked.
 *
 * <p>A zip that matches the stamp's size and times is taken as the one unpacked without reading it
 * (every command would otherwise hash every zip). The change time is there because reproducible
 * builds date every zip alike: a plugin rebuilt after a one-character change is often a zip of the
 * same size and modification time, and only the file system's change time (which no copy or build
 * can set back) tells it was written again. A zip that differs in any of the three is hashed, so a
 * zip merely touched or copied is not unpacked again, only stamped afresh. Where the file system
 * tells no change time (Windows: its creation time survives a rewrite), every start hashes the
 * zips, a few milliseconds a megabyte, rather than run a rebuilt plugin's old code. A stamp of an
 * earlier form (the digest alone, or with size and time) is taken as the digest alone: the zip is
 * hashed once, and stamped afresh when it matches.
 */
record ZipStamp(String sha256, long size, long modified, long changed) {

    /** The stamp's file, in the unpacked folder (PF4J ignores it). */
    static final String FILE = ".evidentia-zip.sha256";

    /** The size and times of a zip file, read in one look; {@code changed} is -1 where the file system tells none. */
    private record Times(long size, long modified, long changed) {
    }

    /** The zip's stamp as it is now, hashing it. */
    static ZipStamp of(Path zip) throws IOException {
        Times times = times(zip);
        return new ZipStamp(sha256(zip), times.size(), times.modified(), times.changed());
    }

    /** The stamp written in {@code folder}, or null when there is none or it cannot be read. */
    static ZipStamp readFrom(Path folder) {
        try {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String[] fields = Files.readString(file).strip().split(" ");
            return switch (fields.length) {
                case 4 -> new ZipStamp(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3]));
                case 1, 3 -> new ZipStamp(fields[0], -1, -1, -1); // an earlier form: its digest alone is trusted
                default -> null;
            };
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    void writeTo(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE), sha256 + " " + size + " " + modified + " " + changed + "\n");
    }

    /**
     * Whether {@code zip} is, without doubt, the file this stamp was made from: its size and times
     * match. Where the file system tells no change time, only its bytes can tell, so it is hashed.
     */
    boolean current(Path zip) throws IOException {
        Times now = times(zip);
        if (now.changed() < 0) {
            return sha256.equals(sha256(zip));
        }
        // fields compared one by one: a record's equals is bootstrapped through method handles, some 20 ms at start-up
        return changed >= 0 && now.size() == size && now.modified() == modified && now.changed() == changed;
    }

    /** Whether {@code zip} is the zip this stamp was made from: the same file, or the same bytes. */
    boolean sameZip(Path zip) throws IOException {
        return current(zip) || sha256.equals(sha256(zip));
    }

    private static Times times(Path zip) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(zip, "unix:size,lastModifiedTime,ctime");
            return new Times((Long) unix.get("size"), ((FileTime) unix.get("lastModifiedTime")).toMillis(),
                    ((FileTime) unix.get("ctime")).toMillis());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes basic = Files.readAttributes(zip, BasicFileAttributes.class);
            return new Times(basic.size(), basic.lastModifiedTime().toMillis(), -1);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
