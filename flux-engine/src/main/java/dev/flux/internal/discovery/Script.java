package dev.flux.internal.discovery;

import dev.flux.Version;

/**
 * The text of one script, already decoded, without BOM and with LF line ends. {@code location} is the
 * path relative to the migration directory ({@code V1__users.sql}, {@code post-apply/010_views.sql}) or
 * a Java class name; {@code noTransaction} is set by the {@code -- flux:no-transaction} directive, and
 * {@code since} (a repeatable script's {@code -- flux:since V3}, else null) is the lowest version at which
 * it runs.
 */
public record Script(String location, String text, boolean noTransaction, Version since) {
    /** A script without {@code -- flux:since}. */
    public Script(String location, String text, boolean noTransaction) {
        this(location, text, noTransaction, null);
    }
}
