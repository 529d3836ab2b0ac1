package dev.flux.oracle.internal;

import java.util.Arrays;

/**
 * The lines of a text: maps character offsets to 1-based line numbers and finds where lines end. LF, CRLF
 * and a lone CR each end a line.
 */
public final class Lines {
    private final String text;
    private final int[] starts;

    public Lines(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line of the character at {@code offset}. */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The offset where the line holding {@code offset} starts. */
    public int startOf(int offset) {
        return starts[lineOf(offset) - 1];
    }

    /** The offset of the line break (or the end of the text) that ends the line holding {@code offset}. */
    public int endOf(int offset) {
        int end = offset;
        while (end < text.length() && !isBreak(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The offset where the line after the one holding {@code offset} starts, or the text's length. */
    public int nextLineStart(int offset) {
        int line = lineOf(offset);
        return line < starts.length ? starts[line] : text.length();
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
