package org.evidentia.runtime.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a file's metadata says of its bytes: its size, its modification and change times (to the
 * nanosecond the file system keeps) and which file it is (device and inode). A file whose stamp is
 * the one it had when it was hashed holds the bytes it held then, as git's index takes it: on the
 * file systems named in {@link #KEEPING_CHANGE_TIMES}, writing a file moves its change time, which
 * a program that restores the modification time ({@code cp -p}, {@code rsync -t}, {@code touch -r})
 * leaves moved.
 */
public final class FileStamp {

    /**
     * How long ago a file must have been written for its stamp to be kept. A file system keeps times
     * in ticks (a few milliseconds on Linux, a second or two on others): a file written again in the
     * tick in which it was stamped would keep the stamp with other bytes. Git calls such an entry
     * racily clean, and hashes it again.
     */
    static final Duration SETTLED = Duration.ofSeconds(3);

    /**
     * The file systems ({@link java.nio.file.FileStore#type()}) known to keep a true change time and
     * inode. Others may not: FUSE mounts (sshfs, rclone) report the modification time as the change
     * time, FAT keeps neither; on them every file is hashed, as everywhere before stamps.
     */
    static final Set<String> KEEPING_CHANGE_TIMES = Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "f2fs", "bcachefs",
            "tmpfs", "overlay", "nfs", "nfs4", "apfs", "hfs");

    private FileStamp() {
    }

    /**
     * The stamp of {@code file} as text ({@code size:modified:changed:device:inode}), to be taken
     * before the file is hashed; null when its file system is not one that keeps a true change time
     * ({@link #KEEPING_CHANGE_TIMES}), when the file cannot be read, or when it was written (or its
     * times set) less than {@link #SETTLED} before {@code now}, or after it.
     */
    public static String of(Path file, Instant now) {
        return of(List.of(file), now).get(file);
    }

    /**
     * The stamps of {@code files} (each as {@link #of(Path, Instant)} gives it, null values
     * included), in their order. Each device's file system is asked for once: Java asks the mount
     * table for a file's file store, which takes about a tenth of a millisecond a file with twenty
     * mounts, and more with more (a folder of a year's update files holds a thousand).
     */
    public static Map<Path, String> of(List<Path> files, Instant now) {
        Map<Object, Boolean> keepingByDevice = new HashMap<>();
        Map<Path, String> stamps = new LinkedHashMap<>();
        for (Path file : files) {
            stamps.put(file, stamp(file, now, keepingByDevice));
        }
        return stamps;
    }

    private static String stamp(Path file, Instant now, Map<Object, Boolean> keepingByDevice) {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return null; // no "unix" view (Windows), or no file: hashed as ever
        }
        Object size = attributes.get("size");
        Object modified = attributes.get("lastModifiedTime");
        Object changed = attributes.get("ctime");
        Object device = attributes.get("dev");
        Object inode = attributes.get("ino");
        if (!(modified instanceof FileTime m) || !(changed instanceof FileTime c) || size == null || device == null || inode == null) {
            return null;
        }
        if (!keepingByDevice.computeIfAbsent(device, d -> keepsChangeTimes(file))) {
            return null;
        }
        Instant settled = now.minus(SETTLED);
        if (!m.toInstant().isBefore(settled) || !c.toInstant().isBefore(settled)) {
            return null;
        }
        return size + ":" + m.to(TimeUnit.NANOSECONDS) + ":" + c.to(TimeUnit.NANOSECONDS) + ":" + device + ":" + inode;
    }

    private static boolean keepsChangeTimes(Path file) {
        try {
            return KEEPING_CHANGE_TIMES.contains(Files.getFileStore(file).type());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
