package dev.flux.h2.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain SQL identifiers as the {@code schema} and {@code table} options accept them: letters, digits and
 * underscores, starting with a letter or underscore. They mean what the same name written unquoted in SQL
 * means, so H2 folds them to upper case ({@code flux_migrations} is the table {@code FLUX_MIGRATIONS}), or
 * to lower case with {@code DATABASE_TO_LOWER=TRUE}; in SQL they are then quoted, so reserved words work.
 */
public final class Identifier {
    /** The longest name accepted; H2's own limit is 256. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Identifier() {
    }

    /** Whether {@code name} is a plain identifier of at most {@link #MAX_LENGTH} characters. */
    public static boolean isPlain(String name) {
        return name.length() <= MAX_LENGTH && PLAIN.matcher(name).matches();
    }

    /** {@code name} as the database stores an unquoted identifier. */
    public static String fold(String name, DatabaseMetaData meta) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (meta.storesLowerCaseIdentifiers()) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** {@code name} as a quoted identifier: {@code "FLUX_MIGRATIONS"}. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
