package dev.flux.internal.discovery;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Turns the bytes of a script into the text flux runs and checksums: decoded strictly with the
 * configured charset, a leading BOM removed, CRLF and lone CR turned into LF. Nothing else is changed.
 */
public final class ScriptText {
    private static final char BOM = '\uFEFF';

    private ScriptText() {
    }

    /**
     * Decodes {@code bytes} with {@code charset} and normalises the result.
     *
     * @throws InvalidEncodingException if the bytes are not valid in {@code charset}; nothing is replaced
     */
    public static String decode(byte[] bytes, Charset charset) throws InvalidEncodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out = grow(out);
        }
        if (result.isError()) {
            out.flip();
            int offset = in.position();
            throw new InvalidEncodingException(charset, offset, bytes[offset], lineCount(out));
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        return normalise(out.flip().toString());
    }

    /** Removes a leading BOM and turns CRLF and lone CR into LF. */
    public static String normalise(String text) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The 1-based line on which text that continues after {@code decoded} is. */
    private static int lineCount(CharSequence decoded) {
        int line = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean crlf = c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                line++;
            }
        }
        return line;
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        return bigger.put(out.flip());
    }

    /** Bytes that are not valid in the configured charset: where they are and what the first one is. */
    public static final class InvalidEncodingException extends Exception {
        private final transient Charset charset;
        private final int offset;
        private final int line;

        InvalidEncodingException(Charset charset, int offset, byte badByte, int line) {
            super(String.format("not valid %s: byte 0x%02X at offset %d (line %d)", charset.name(),
                    badByte & 0xFF, offset, line));
            this.charset = charset;
            this.offset = offset;
            this.line = line;
        }

        /** The charset the bytes were decoded with. */
        public Charset charset() {
            return charset;
        }

        /** The 0-based offset of the first invalid byte. */
        public int offset() {
            return offset;
        }

        /** The 1-based line of the first invalid byte. */
        public int line() {
            return line;
        }
    }
}
