package org.evidentia.plugins.pubmedxml;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the {@link EOFException} of a gzip stream that is cut short into a plain end of input.
 *
 * <p>Woodstox reads in blocks; an exception in the middle of a block would lose the bytes already
 * decompressed into it, and with them the complete records just before the cut. As a plain end
 * of input those bytes are parsed, and the XML parser then reports the end inside an open element
 * with its line, as for a plain file cut short.
 */
final class CutShortStream extends FilterInputStream {

    CutShortStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException e) {
            return -1;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException e) {
            return -1;
        }
    }
}
