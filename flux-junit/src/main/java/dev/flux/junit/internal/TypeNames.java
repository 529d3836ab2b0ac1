package dev.flux.junit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Compares data types as a test writes them with types as a database reports them: case, spacing and the
 * common SQL synonyms do not matter ({@code varchar(100)} is {@code CHARACTER VARYING(100)}, {@code int4}
 * is {@code INTEGER}, {@code timestamptz} is {@code TIMESTAMP WITH TIME ZONE}), and a type written
 * without parameters matches any length or precision ({@code TIMESTAMP} matches {@code TIMESTAMP(6)}).
 */
public final class TypeNames {
    private static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put("^(VARCHAR2?|CHAR VARYING)\\b", "CHARACTER VARYING");
        SYNONYMS.put("^CHAR\\b", "CHARACTER");
        SYNONYMS.put("^INT4?\\b", "INTEGER");
        SYNONYMS.put("^INT8\\b", "BIGINT");
        SYNONYMS.put("^INT2\\b", "SMALLINT");
        SYNONYMS.put("^BOOL\\b", "BOOLEAN");
        SYNONYMS.put("^(FLOAT8|DOUBLE(?! PRECISION))\\b", "DOUBLE PRECISION");
        SYNONYMS.put("^FLOAT4\\b", "REAL");
        SYNONYMS.put("^(DECIMAL|DEC)\\b", "NUMERIC");
        SYNONYMS.put("^TIMESTAMPTZ\\b", "TIMESTAMP WITH TIME ZONE");
        SYNONYMS.put("^TIMETZ\\b", "TIME WITH TIME ZONE");
        SYNONYMS.put("^VARBINARY\\b", "BINARY VARYING");
        SYNONYMS.put(" WITHOUT TIME ZONE$", "");
    }

    private TypeNames() {
    }

    /** Whether the type a database reports ({@code actual}) is the one a test wrote ({@code expected}). */
    public static boolean matches(String expected, String actual) {
        String want = normalise(expected);
        String have = normalise(actual);
        if (!want.contains("(")) {
            have = have.replaceAll("\\([^)]*\\)", "").replaceAll(" +", " ").strip();
        }
        return want.equals(have);
    }

    static String normalise(String type) {
        String t = type.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",").replaceAll(" ?\\)", ")");
        for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
            t = t.replaceFirst(synonym.getKey(), synonym.getValue());
        }
        return t;
    }
}
