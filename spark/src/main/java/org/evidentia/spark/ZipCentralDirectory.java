package org.evidentia.spark;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The entry names of a zip on a Hadoop file system, read from its central directory at the zip's end
 * through seeks: no entry's data is read or inflated, so what it costs is the directory's size,
 * whatever the entries unpack to. It is where the plugin host looks too ({@link java.util.zip.ZipFile}
 * reads the central directory), so an executor tells a plugin zip from a bundle as the host would.
 * Zip64 zips (more than 65,535 entries, or beyond 4 GiB) are read through their Zip64 end records.
 */
final class ZipCentralDirectory {

    private static final int END = 0x06054b50;
    private static final int END_BYTES = 22;
    private static final int MAX_COMMENT_BYTES = 0xFFFF;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_BYTES = 20;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_END_BYTES = 56;
    private static final int HEADER = 0x02014b50;
    private static final int HEADER_BYTES = 46;

    private ZipCentralDirectory() {
    }

    /**
     * True when the central directory of {@code zip} lists an entry named exactly {@code entryName}
     * (an ASCII name); it is read up to that entry.
     *
     * @throws ZipException when {@code zip} has no end of central directory record, or its directory
     *     is not where that record says or is cut short (not a zip, or a cut or crafted one)
     */
    static boolean lists(FileSystem fs, Path zip, String entryName) throws IOException {
        byte[] wanted = entryName.getBytes(StandardCharsets.US_ASCII);
        long length = fs.getFileStatus(zip).getLen();
        try (FSDataInputStream in = fs.open(zip)) {
            Directory directory = directory(in, length);
            long offset = directory.offset();
            long size = directory.size();
            in.seek(offset);
            DataInputStream headers = new DataInputStream(new BufferedInputStream(in, 64 * 1024));
            byte[] header = new byte[HEADER_BYTES];
            for (long read = 0; read < size; ) {
                headers.readFully(header);
                ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                if (fields.getInt(0) != HEADER) {
                    throw new ZipException("its central directory has no entry header at byte " + (offset + read));
                }
                int nameBytes = Short.toUnsignedInt(fields.getShort(28));
                int extraBytes = Short.toUnsignedInt(fields.getShort(30));
                int commentBytes = Short.toUnsignedInt(fields.getShort(32));
                byte[] name = new byte[nameBytes];
                headers.readFully(name);
                if (Arrays.equals(name, wanted)) {
                    return true;
                }
                headers.skipNBytes(extraBytes + commentBytes);
                read += HEADER_BYTES + nameBytes + extraBytes + commentBytes;
            }
            return false;
        } catch (EOFException e) {
            throw new ZipException("its central directory is cut short: the zip ends inside it");
        }
    }

    /** Where the central directory is: {@code size} bytes from byte {@code offset}. */
    private record Directory(long offset, long size) {
    }

    /** The central directory, from the end record (or the Zip64 end record it points to). */
    private static Directory directory(FSDataInputStream in, long length) throws IOException {
        if (length < END_BYTES) {
            throw new ZipException("not a zip file: " + length + " bytes, fewer than a zip's end record");
        }
        int tailBytes = (int) Math.min(length, END_BYTES + MAX_COMMENT_BYTES);
        long tailStart = length - tailBytes;
        ByteBuffer tail = read(in, tailStart, tailBytes);
        int end = -1;
        for (int i = tailBytes - END_BYTES; i >= 0 && end < 0; i--) {
            if (tail.getInt(i) == END && i + END_BYTES + Short.toUnsignedInt(tail.getShort(i + 20)) <= tailBytes) {
                end = i;
            }
        }
        if (end < 0) {
            throw new ZipException("not a zip file: no end of central directory record in its last " + tailBytes + " bytes");
        }
        int entries = Short.toUnsignedInt(tail.getShort(end + 10));
        long size = Integer.toUnsignedLong(tail.getInt(end + 12));
        long offset = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            long locatorStart = tailStart + end - ZIP64_LOCATOR_BYTES;
            ByteBuffer locator = locatorStart < 0 ? null : read(in, locatorStart, ZIP64_LOCATOR_BYTES);
            if (locator != null && locator.getInt(0) == ZIP64_LOCATOR) {
                long zip64EndStart = locator.getLong(8);
                if (zip64EndStart < 0 || zip64EndStart > length - ZIP64_END_BYTES) {
                    throw new ZipException("its Zip64 end record is said to be at byte " + zip64EndStart + ", outside its " + length + " bytes");
                }
                ByteBuffer zip64End = read(in, zip64EndStart, ZIP64_END_BYTES);
                if (zip64End.getInt(0) != ZIP64_END) {
                    throw new ZipException("no Zip64 end record at byte " + zip64EndStart + ", where its locator says");
                }
                size = zip64End.getLong(40);
                offset = zip64End.getLong(48);
            } // else an ordinary zip with exactly 65,535 entries
        }
        if (offset < 0 || size < 0 || offset > length - size) {
            throw new ZipException("its central directory is said to take " + size + " bytes from byte " + offset
                    + ", beyond its " + length + " bytes");
        }
        return new Directory(offset, size);
    }

    private static ByteBuffer read(FSDataInputStream in, long position, int bytes) throws IOException {
        byte[] buffer = new byte[bytes];
        in.readFully(position, buffer);
        return ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }
}
