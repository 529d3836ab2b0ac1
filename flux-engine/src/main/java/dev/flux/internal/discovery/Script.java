package dev.flux.internal.discovery;

/**
 * The text of one script, already decoded, without BOM and with LF line ends. {@code location} is the
 * path relative to the migration directory ({@code V1__users.sql}, {@code post-apply/010_views.sql}) or
 * a Java class name; {@code noTransaction} is set by the {@code -- flux:no-transaction} directive.
 */
public record Script(String location, String text, boolean noTransaction) {
}
