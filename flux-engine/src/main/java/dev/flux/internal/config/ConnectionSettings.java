package dev.flux.internal.config;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.jdbc.Redactor;
import java.util.function.Function;

/**
 * A JDBC URL, user and password; each may be {@code null}, meaning "not given here". An empty string is a
 * given value (an empty password is common with H2). {@link #toString()} hides the password and any
 * password in the URL.
 */
public record ConnectionSettings(String url, String user, String password) {
    /** Nothing given. */
    public static final ConnectionSettings NONE = new ConnectionSettings(null, null, null);

    /** The system properties {@code flux.url}, {@code flux.user} and {@code flux.password}. */
    public static ConnectionSettings fromSystemProperties(Function<String, String> systemProperties) {
        return new ConnectionSettings(systemProperties.apply("flux.url"), systemProperties.apply("flux.user"),
                systemProperties.apply("flux.password"));
    }

    /** The environment variables {@code FLUX_URL}, {@code FLUX_USER} and {@code FLUX_PASSWORD}. */
    public static ConnectionSettings fromEnvironment(Function<String, String> environment) {
        return new ConnectionSettings(environment.apply("FLUX_URL"), environment.apply("FLUX_USER"),
                environment.apply("FLUX_PASSWORD"));
    }

    /**
     * The effective settings, per field, highest first: {@code explicit} (API call, Maven
     * {@code <configuration>}), system properties {@code flux.*}, environment {@code FLUX_*}, {@code server}
     * (Maven {@code serverId} credentials; its URL is ignored) and {@code file} ({@code [connection]}).
     * Any argument may be {@code null}.
     *
     * @throws FluxException with code CONFIG when both {@code explicit} and {@code server} give credentials
     */
    public static ConnectionSettings resolve(ConnectionSettings explicit, Function<String, String> systemProperties,
                                             Function<String, String> environment, ConnectionSettings server,
                                             ConnectionSettings file) {
        ConnectionSettings top = explicit == null ? NONE : explicit;
        ConnectionSettings credentials =
                server == null ? NONE : new ConnectionSettings(null, server.user, server.password);
        if (top.hasCredentials() && credentials.hasCredentials()) {
            throw new FluxException(ErrorCode.CONFIG, "credentials are given both through serverId and directly"
                    + " (user/password in the configuration); keep only one of them, preferably serverId");
        }
        return top.orElse(systemProperties == null ? NONE : fromSystemProperties(systemProperties))
                .orElse(environment == null ? NONE : fromEnvironment(environment))
                .orElse(credentials)
                .orElse(file == null ? NONE : file);
    }

    /** These settings, with each missing field taken from {@code lower}. */
    public ConnectionSettings orElse(ConnectionSettings lower) {
        return new ConnectionSettings(url != null ? url : lower.url, user != null ? user : lower.user,
                password != null ? password : lower.password);
    }

    /** Whether a user or a password is given. */
    public boolean hasCredentials() {
        return user != null || password != null;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + Redactor.redactUrl(url) + ", user=" + user + ", password="
                + (password == null ? null : Redactor.MASK) + "]";
    }
}
