package org.evidentia.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSourceInputTest {

    @TempDir
    Path dir;

    @Test
    void gzipIsRecognisedByContentAndInflatedWholeWhateverTheName() throws Exception {
        byte[] content = randomText(3_000_000);
        Path gz = dir.resolve("export.xml.gz");
        Path misnamed = dir.resolve("export.xml");
        Files.write(gz, gzip(content));
        Files.write(misnamed, gzip(content));

        for (Path file : new Path[] {gz, misnamed}) {
            PathSourceInput input = new PathSourceInput(file);
            assertThat(input.compressed()).isTrue();
            assertThat(input.fileName()).isEqualTo("export.xml");
            try (InputStream in = input.openStream()) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThat(input.head()).isEqualTo(Arrays.copyOf(content, PathSourceInput.HEAD_BYTES));
        }
    }

    @Test
    void aTruncatedGzipGivesEveryByteItCanThenAnError() throws Exception {
        assertTruncatedGzipKeepsItsReadablePart(randomText(2_000_000));
        assertTruncatedGzipKeepsItsReadablePart(randomText(60_000));
    }

    private void assertTruncatedGzipKeepsItsReadablePart(byte[] content) throws Exception {
        byte[] compressed = gzip(content);
        Path truncated = dir.resolve("cut.txt.gz");
        Files.write(truncated, Arrays.copyOf(compressed, compressed.length / 2));

        PathSourceInput input = new PathSourceInput(truncated);
        assertThat(input.head()).isNotEmpty();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (InputStream in = input.openStream()) {
                in.transferTo(got);
            }
        }).isInstanceOf(IOException.class);
        assertThat(got.size()).isGreaterThan(content.length / 4);
        assertThat(Arrays.copyOf(content, got.size())).isEqualTo(got.toByteArray());
    }

    @Test
    void textHasItsByteOrderMarkRemovedAndBadBytesReplaced() throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', (byte) 0xFF, 'b', '\n'});

        PathSourceInput input = new PathSourceInput(file);
        try (BufferedReader reader = input.openReader()) {
            assertThat(reader.readLine()).isEqualTo("a,\uFFFDb");
        }
        assertThat(input.headText()).isEqualTo("a,\uFFFDb\n");
    }

    private static byte[] randomText(int size) {
        Random random = new Random(42);
        byte[] text = new byte[size];
        for (int i = 0; i < size; i++) {
            text[i] = (byte) (random.nextInt(8) == 0 ? '\n' : 'a' + random.nextInt(26));
        }
        return new String(text, StandardCharsets.US_ASCII).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
