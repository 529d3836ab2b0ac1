package dev.flux.internal.discovery;

import dev.flux.Version;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a versioned migration, {@code V<version>__<description>}, split into its parts. The
 * same rule names SQL files (without {@code .sql}) and Java classes (their simple name). The split is at
 * the first {@code __} after the {@code V}.
 */
record MigrationName(String id, Version version, String description) {
    /** The pattern as shown to users. */
    static final String PATTERN = "V<version>__<description>";

    /** A leading version-like prefix, used to explain near misses. */
    private static final Pattern LEADING_VERSION = Pattern.compile("(\\d+(?:[._]\\d+)*)(.*)", Pattern.DOTALL);

    /** The description for display: underscores become spaces. */
    String displayDescription() {
        return description.replace('_', ' ').strip();
    }

    /**
     * Parses an id such as {@code V2.1__add_email}.
     *
     * @throws Invalid saying what is wrong and, where it can be guessed, the id that was meant
     */
    static MigrationName parse(String id) throws Invalid {
        if (id.isEmpty() || id.charAt(0) != 'V') {
            throw wrongStart(id);
        }
        int split = id.indexOf("__", 1);
        if (split < 0) {
            throw missingSeparator(id);
        }
        String version = id.substring(1, split);
        String description = id.substring(split + 2);
        if (version.isEmpty()) {
            throw new Invalid("has no version between 'V' and '__'", null);
        }
        String prefixed = id.substring(0, split); // 'V' and the version: one parser for names and targets
        if (!Version.isVersion(prefixed)) {
            throw new Invalid("'" + version + "' is not a version: use digits separated by '.' or '_', "
                    + "such as 1, 2.1 or 20261126_001", null);
        }
        if (description.isEmpty()) {
            throw new Invalid("has an empty description after '__'", "V" + version + "__<description>");
        }
        Version parsed = Version.parse(prefixed);
        if (parsed.isZero()) {
            throw new Invalid("uses version " + version + ", which is reserved for the empty database; "
                    + "versions start above 0", null);
        }
        return new MigrationName(id, parsed, description);
    }

    private static Invalid wrongStart(String id) {
        if (id.length() > 1 && id.charAt(0) == 'v' && Character.isDigit(id.charAt(1))) {
            String fixed = "V" + id.substring(1);
            try {
                return new Invalid("starts with a lower-case 'v'", parse(fixed).id());
            } catch (Invalid more) {
                return new Invalid("starts with a lower-case 'v' and " + more.reason(), more.suggestion());
            }
        }
        if (id.length() > 1 && id.charAt(0) == 'U' && Character.isDigit(id.charAt(1))) {
            return new Invalid("looks like a Flyway undo name; flux names an undo after its up file: "
                    + "V<version>__<description>.undo.sql", null);
        }
        if (id.startsWith("R__")) {
            return new Invalid("looks like a Flyway repeatable; flux runs repeatable scripts from the "
                    + "pre-apply/ and post-apply/ folders", null);
        }
        return new Invalid("does not start with 'V' and a version", null);
    }

    private static Invalid missingSeparator(String id) {
        Matcher m = LEADING_VERSION.matcher(id.substring(1));
        if (!m.matches()) {
            return new Invalid("has no version after 'V'", null);
        }
        String rest = m.group(2);
        if (rest.isEmpty()) {
            return new Invalid("has no description", id + "__<description>");
        }
        if (rest.startsWith("_")) {
            return new Invalid("has a single underscore between version and description; use two",
                    suggestion(id));
        }
        return new Invalid("needs '__' (two underscores) between version and description", suggestion(id));
    }

    /** The id that was probably meant: version, then {@code __}, then the description; null if unclear. */
    private static String suggestion(String id) {
        Matcher m = LEADING_VERSION.matcher(id.substring(1));
        if (!m.matches()) {
            return null;
        }
        String description = m.group(2).replaceFirst("^[-_. ]+", "");
        if (description.isEmpty()) {
            return null;
        }
        String version = m.group(1);
        return Version.parse(version).isZero() ? null : "V" + version + "__" + description;
    }

    /** Why an id breaks the naming rule, and the id that was probably meant (or null). */
    static final class Invalid extends Exception {
        private final String suggestion;

        Invalid(String reason, String suggestion) {
            super(reason);
            this.suggestion = suggestion;
        }

        /** What is wrong, for example "has a single underscore between version and description". */
        String reason() {
            return getMessage();
        }

        /** The id that was probably meant, or null when it cannot be guessed. */
        String suggestion() {
            return suggestion;
        }
    }
}
