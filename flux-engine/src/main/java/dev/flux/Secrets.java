package dev.flux;

import dev.flux.internal.jdbc.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets of one database connection, its password and the passwords embedded in its JDBC URL, and
 * the means to keep them out of messages: a password must never appear in any output, log line or
 * exception message. Immutable and thread-safe; {@link #toString()} shows no secret.
 *
 * <p>A backend gets the secrets of its connection from {@link dev.flux.spi.BackendContext#secrets()} and
 * passes every database message through {@link #scrub(String)} before putting it into an exception or
 * a log line; for an {@link java.sql.SQLException}, {@link SqlFailure} does it:
 *
 * <pre>{@code
 * throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(context.secrets()::scrub)
 *         .exception("could not take the migration lock", "Check the connection and run the command again.");
 * }</pre>
 *
 * <p>In a URL, {@link #redactUrl(String)} masks {@code user:secret@host}, Oracle's {@code user/secret@host},
 * and query parameters and {@code ;key=value} / {@code :key=value} settings whose name contains password,
 * passwd, pwd or secret (any case). It errs on the side of masking too much.
 */
public final class Secrets {
    /** What a secret is replaced with. */
    public static final String MASK = Redactor.MASK;

    private static final Secrets NONE = new Secrets(List.of());

    private final List<String> known;

    private Secrets(List<String> known) {
        this.known = known;
    }

    /** No known secret: {@link #scrub(String)} then only redacts the JDBC URLs in a message. */
    public static Secrets none() {
        return NONE;
    }

    /**
     * The secrets of a connection: {@code password}, and every password embedded in {@code jdbcUrl}, as
     * written, unquoted and percent-decoded. Either argument may be null; empty secrets are ignored.
     */
    public static Secrets of(String password, String jdbcUrl) {
        List<String> known = new ArrayList<>();
        if (password != null && !password.isEmpty()) {
            known.add(password);
        }
        if (jdbcUrl != null) {
            known.addAll(Redactor.secretsIn(jdbcUrl));
        }
        return known.isEmpty() ? NONE : new Secrets(known.stream().distinct().toList());
    }

    /**
     * {@code message} with every occurrence of each known secret replaced by {@link #MASK} (longest first)
     * and every {@code jdbc:} URL in it redacted as by {@link #redactUrl(String)}; null stays null. A very
     * short secret masks a lot of text; that is accepted.
     */
    public String scrub(String message) {
        return Redactor.scrub(message, known.toArray(String[]::new));
    }

    /** {@code jdbcUrl} with every embedded password replaced by {@link #MASK}; null stays null. */
    public static String redactUrl(String jdbcUrl) {
        return Redactor.redactUrl(jdbcUrl);
    }

    /** How many secrets are known, never which. */
    @Override
    public String toString() {
        return "Secrets[" + known.size() + " known]";
    }
}
