package dev.flux.postgres.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column part of the name PostgreSQL generates for an index: each key's column name, or for an
 * expression the name of its function ({@code lower}), the column of a cast, else {@code expr};
 * repeated names get a number ({@code lower1}). Expressions are judged from their printed form, which
 * can miss a rare case; such an index then simply counts as explicitly named.
 */
final class IndexColumns {
    /** How indexes.sql marks a key that is a plain column; other keys are expressions. */
    private static final String COLUMN = "column:";

    private static final String NAME = "(?:\"((?:[^\"]|\"\")+)\"|([\\p{L}_][\\p{L}\\p{N}_$]*))";
    private static final Pattern FUNCTION = Pattern.compile("(?:" + NAME + "\\.)?" + NAME + "\\(.*", Pattern.DOTALL);
    private static final Pattern CAST = Pattern.compile("\\(" + NAME + "\\)::.*", Pattern.DOTALL);

    private IndexColumns() {
    }

    static List<String> names(List<String> keys) {
        Set<String> used = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (String key : keys) {
            String base = key.startsWith(COLUMN) ? key.substring(COLUMN.length()) : expressionName(key);
            String name = base;
            for (int i = 1; !used.add(name); i++) {
                name = base + i;
            }
            result.add(name);
        }
        return result;
    }

    private static String expressionName(String expression) {
        Matcher function = FUNCTION.matcher(expression);
        if (function.matches()) {
            return identifier(function.group(3), function.group(4));
        }
        Matcher cast = CAST.matcher(expression);
        return cast.matches() ? identifier(cast.group(1), cast.group(2)) : "expr";
    }

    private static String identifier(String quoted, String plain) {
        return quoted != null ? quoted.replace("\"\"", "\"") : plain;
    }
}
