package org.evidentia.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file on a Hadoop file system as a read-only {@link SeekableByteChannel}, for readers that seek,
 * such as Commons Compress's {@code ZipFile}: a zip's central directory is at its end, and reading it
 * through seeks costs what the directory takes, not what the entries do. Not thread-safe.
 */
final class HadoopFileChannel implements SeekableByteChannel {

    private final FSDataInputStream in;
    private final long size;
    private long position;
    private boolean open = true;

    /** Opens {@code file} on {@code fs}; the channel owns the stream and closes it. */
    HadoopFileChannel(FileSystem fs, Path file) throws IOException {
        this.size = fs.getFileStatus(file).getLen();
        this.in = fs.open(file);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        ensureOpen();
        if (position >= size) {
            return -1;
        }
        int wanted = (int) Math.min(target.remaining(), size - position);
        byte[] bytes = new byte[wanted];
        int read = in.read(position, bytes, 0, wanted);
        if (read > 0) {
            target.put(bytes, 0, read);
            position += read;
        }
        return read;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("a position before the start: " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            in.close();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
