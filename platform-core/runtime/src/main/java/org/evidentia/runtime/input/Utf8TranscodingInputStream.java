package org.evidentia.runtime.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of another charset (UTF-16, UTF-32) re-encoded as UTF-8 bytes as it is read, so that every
 * source, whether it reads bytes or text, sees the UTF-8 it expects. Units that do not decode (a
 * lone surrogate, a file cut mid-character) become U+FFFD, as bad bytes do in UTF-8 input. Memory
 * holds one chunk of characters and its bytes.
 *
 * <p>An XML declaration at the start that names the old encoding ({@code <?xml version="1.0"
 * encoding="UTF-16"?>}) is made to name UTF-8, which the bytes now are: an XML parser would
 * otherwise refuse the content for saying one encoding and being another.
 */
final class Utf8TranscodingInputStream extends InputStream {

    private static final int CHUNK_CHARS = 8 * 1024;
    /** Longest XML declaration looked at: a few attributes fit in 256 characters. */
    private static final int DECLARATION_CHARS = 256;
    private static final Pattern DECLARED_ENCODING = Pattern.compile("\\A(<\\?xml\\s[^>]*?encoding\\s*=\\s*)([\"'])[^\"'<>]*\\2");
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}; // U+FFFD in UTF-8

    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(REPLACEMENT);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK_CHARS);
    // three bytes a char at most: a surrogate pair (two chars) takes four
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * CHUNK_CHARS);
    private boolean done;
    private boolean started;

    /**
     * @param encoded the bytes, past any byte-order mark; owned and closed by this stream
     * @param charset what they are encoded in
     */
    Utf8TranscodingInputStream(InputStream encoded, Charset charset) {
        this.in = new InputStreamReader(encoded, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    /** Encodes the next chunk; false at the end. A high surrogate at a chunk's end waits for its pair. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.compact();
        int read = in.read(chars);
        if (!started) {
            started = true;
            read = readDeclaration(read);
        }
        chars.flip();
        bytes.clear();
        encoder.encode(chars, bytes, read < 0);
        if (read < 0) {
            encoder.flush(bytes);
            done = true;
        }
        bytes.flip();
        return bytes.hasRemaining() || !done;
    }

    /**
     * Reads on until the first characters hold a whole XML declaration (or cannot), and makes its
     * encoding UTF-8. Returns -1 when the input ended, as {@code read} does.
     */
    private int readDeclaration(int read) throws IOException {
        int last = read;
        while (last >= 0 && chars.position() < DECLARATION_CHARS && !contains(chars, "?>")) {
            last = in.read(chars);
        }
        String start = new String(chars.array(), 0, chars.position());
        String declared = utf8Declared(start);
        if (!declared.equals(start) && declared.length() <= chars.capacity()) {
            chars.clear();
            chars.put(declared);
        }
        return last < 0 ? -1 : chars.position();
    }

    /** {@code text} with the encoding of an XML declaration at its start made UTF-8. */
    static String utf8Declared(String text) {
        Matcher m = DECLARED_ENCODING.matcher(text);
        return m.lookingAt() ? m.group(1) + "\"UTF-8\"" + text.substring(m.end()) : text;
    }

    private static boolean contains(CharBuffer written, String what) {
        return new String(written.array(), 0, written.position()).contains(what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
