package dev.flux.oracle.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the {@code schema} and {@code table} options take them: a plain identifier (a letter, then
 * letters, digits, {@code _}, {@code $} or {@code #}), which Oracle folds to upper case as it does in SQL,
 * or a double-quoted name kept exactly ({@code "Flux History"}). In SQL flux always quotes the stored name.
 * Oracle limits names to 128 bytes (30 bytes while {@code COMPATIBLE} is below 12.2), counted in the
 * database character set; flux counts UTF-8 bytes, as AL32UTF8, the default, stores them.
 */
public final class Identifier {
    /** Oracle's longest name, in bytes. */
    public static final int MAX_BYTES = 128;
    /** The longest history table name, in bytes: Oracle's 128 less the {@code _LOCK} of the lock table. */
    public static final int MAX_TABLE_BYTES = MAX_BYTES - "_LOCK".length();

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_$#]*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\x00]+\"");

    private Identifier() {
    }

    /** Whether {@code value} is a plain name or a quoted one. */
    public static boolean isWellFormed(String value) {
        return PLAIN.matcher(value).matches() || QUOTED.matcher(value).matches();
    }

    /** The length in bytes of the name {@code value} stands for (UTF-8, as AL32UTF8 stores it). */
    public static int bytes(String value) {
        return stored(value).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The name as the data dictionary stores it: upper case when plain, exact when quoted. */
    public static String stored(String value) {
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A stored name as a quoted identifier: {@code "FLUX_MIGRATIONS"}. */
    public static String quote(String stored) {
        return '"' + stored + '"';
    }
}
