package dev.flux.oracle.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the {@code schema} and {@code table} options take them: a plain identifier (a letter, then
 * letters, digits, {@code _}, {@code $} or {@code #}), which Oracle folds to upper case as it does in SQL,
 * or a double-quoted name kept exactly ({@code "Flux History"}). In SQL flux always quotes the stored name.
 */
public final class Identifier {
    /** The longest name accepted: Oracle's 128, less the {@code _LOCK} suffix of the lock table. */
    public static final int MAX_LENGTH = 123;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_$#]*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\x00]+\"");

    private Identifier() {
    }

    /** Whether {@code value} is a plain or quoted name of at most {@link #MAX_LENGTH} characters. */
    public static boolean isValid(String value) {
        return (PLAIN.matcher(value).matches() || QUOTED.matcher(value).matches())
                && stored(value).length() <= MAX_LENGTH;
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
