package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopFileChannelTest {

    @TempDir
    Path dir;

    private HadoopFileChannel channelOf(String content) throws IOException {
        Path file = dir.resolve("file.bin");
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
        return new HadoopFileChannel(FileSystem.getLocal(new Configuration()), path);
    }

    @Test
    void readsFromWhereItIsPositionedToTheEndAndThenGivesMinusOne() throws IOException {
        try (HadoopFileChannel channel = channelOf("0123456789")) {
            assertThat(channel.size()).isEqualTo(10);
            ByteBuffer four = ByteBuffer.allocate(4);
            assertThat(channel.position(7).read(four)).as("only what is left").isEqualTo(3);
            assertThat(new String(four.array(), 0, four.position(), StandardCharsets.US_ASCII)).isEqualTo("789");
            assertThat(channel.position()).isEqualTo(10);
            assertThat(channel.read(ByteBuffer.allocate(4))).isEqualTo(-1);

            ByteBuffer start = ByteBuffer.allocate(3);
            assertThat(channel.position(0).read(start)).isEqualTo(3);
            assertThat(new String(start.array(), StandardCharsets.US_ASCII)).isEqualTo("012");
            assertThat(channel.position()).isEqualTo(3);
            assertThat(channel.position(20).read(ByteBuffer.allocate(1))).as("beyond the end").isEqualTo(-1);
        }
    }

    @Test
    void isReadOnlyAndRefusesUseOnceClosed() throws IOException {
        HadoopFileChannel channel = channelOf("abc");
        assertThatThrownBy(() -> channel.write(ByteBuffer.allocate(1))).isInstanceOf(NonWritableChannelException.class);
        assertThatThrownBy(() -> channel.truncate(1)).isInstanceOf(NonWritableChannelException.class);
        assertThatThrownBy(() -> channel.position(-1)).isInstanceOf(IllegalArgumentException.class);

        channel.close();

        assertThat(channel.isOpen()).isFalse();
        assertThatThrownBy(() -> channel.read(ByteBuffer.allocate(1))).isInstanceOf(ClosedChannelException.class);
        assertThatThrownBy(channel::size).isInstanceOf(ClosedChannelException.class);
        channel.close(); // closing twice is allowed, as for any channel
    }
}
