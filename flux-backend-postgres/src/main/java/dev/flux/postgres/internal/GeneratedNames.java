package dev.flux.postgres.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the names PostgreSQL chooses when a statement gives none: {@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code _fkey}, {@code _check}, {@code _excl}, {@code _idx} and
 * {@code _seq}, shortened to 63 bytes the way PostgreSQL shortens them, with an optional number added
 * when the first choice was taken. Such names are compared by definition only.
 */
final class GeneratedNames {
    private static final int MAX_BYTES = 63;
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d*)");

    private GeneratedNames() {
    }

    /**
     * Whether {@code name} is what PostgreSQL generates for an object on {@code table} over
     * {@code columns} (empty for none) with {@code suffix} such as {@code "fkey"}.
     */
    static boolean isGenerated(String name, String table, List<String> columns, String suffix) {
        int cut = name.lastIndexOf('_');
        if (cut < 0) {
            return false;
        }
        Matcher m = NUMBERED.matcher(name.substring(cut + 1));
        if (!m.matches() || !m.group(1).equals(suffix)) {
            return false;
        }
        String label = columns.isEmpty() ? null : String.join("_", columns);
        return name.equals(make(table, label, suffix + m.group(2)));
    }

    /** The name made of {@code first}, {@code second} (may be null) and {@code suffix}, within 63 bytes. */
    static String make(String first, String second, String suffix) {
        byte[] a = first.getBytes(StandardCharsets.UTF_8);
        byte[] b = second == null ? new byte[0] : second.getBytes(StandardCharsets.UTF_8);
        int room = MAX_BYTES - suffix.length() - 1 - (second == null ? 0 : 1);
        int aLength = a.length;
        int bLength = b.length;
        while (aLength + bLength > room) {
            if (aLength > bLength) {
                aLength--;
            } else {
                bLength--;
            }
        }
        StringBuilder sb = new StringBuilder(clip(a, aLength));
        if (second != null) {
            sb.append('_').append(clip(b, bLength));
        }
        return sb.append('_').append(suffix).toString();
    }

    /** The first {@code length} bytes of UTF-8 {@code bytes}, shortened further to a whole character. */
    private static String clip(byte[] bytes, int length) {
        int end = length;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
