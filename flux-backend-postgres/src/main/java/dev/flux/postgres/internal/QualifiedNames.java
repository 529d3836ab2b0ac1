package dev.flux.postgres.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the target schema's qualifier from definitions ({@code app.users} becomes {@code users}), so
 * that snapshots of the same objects in two schemas are equal. PostgreSQL qualifies some names whatever
 * the {@code search_path}: the table of an index or trigger, the name of a function.
 */
final class QualifiedNames {
    private final Pattern qualifier;

    /** {@code quotedSchema} as PostgreSQL prints it ({@code quote_ident}). */
    QualifiedNames(String quotedSchema) {
        this.qualifier = Pattern.compile("(?<![\\p{L}\\p{N}_$\"])" + Pattern.quote(quotedSchema) + "\\.(?=[\\p{L}_\"])");
    }

    String strip(String definition) {
        return definition == null ? null : qualifier.matcher(definition).replaceAll(Matcher.quoteReplacement(""));
    }
}
