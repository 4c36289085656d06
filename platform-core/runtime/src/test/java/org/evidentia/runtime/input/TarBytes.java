package org.evidentia.runtime.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A tar archive of one entry, as {@code tar cf} writes it (POSIX ustar header, checksum right), for tests of what is told of it. */
public final class TarBytes {

    private TarBytes() {
    }

    /**
     * @param name     the entry's name
     * @param typeflag '0' for a file, '5' for a folder
     * @param content  the entry's bytes (at most 1,024 here)
     */
    public static byte[] of(String name, char typeflag, byte[] content) {
        byte[] tar = new byte[512 + 1024 + 1024];
        put(tar, 0, name);
        put(tar, 100, "0000644");
        put(tar, 124, String.format("%011o", content.length));
        tar[156] = (byte) typeflag;
        put(tar, 257, "ustar");
        put(tar, 263, "00");
        Arrays.fill(tar, 148, 156, (byte) ' ');
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += tar[i] & 0xFF;
        }
        put(tar, 148, String.format("%06o", sum));
        tar[154] = 0;
        tar[155] = ' ';
        System.arraycopy(content, 0, tar, 512, content.length);
        return tar;
    }

    private static void put(byte[] tar, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, tar, at, bytes.length);
    }
}
