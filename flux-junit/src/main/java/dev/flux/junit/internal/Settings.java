package dev.flux.junit.internal;

import dev.flux.Secrets;
import dev.flux.junit.RoundTripOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What the extension runs with: the project's {@code flux.toml} and whether repeatables run (from
 * {@code @FluxTest} or the extension's builder), and these JUnit configuration parameters, each also
 * read from the system property of the same name:
 * <ul>
 *   <li>{@code flux.test.url}, {@code flux.test.user}, {@code flux.test.password}: the test server; the
 *   password also from the environment variable {@code FLUX_TEST_PASSWORD}, which, unlike a system property
 *   on the command line, other users of the machine cannot see;</li>
 *   <li>{@code flux.test.copies} (default true): whether {@code @MigrateTo} may copy a database kept at a
 *   version instead of moving incrementally;</li>
 *   <li>{@code flux.test.templates} (default 20): how many such copies a class keeps at most;</li>
 *   <li>{@code flux.test.pool} (default 8): how many databases a class may have at once, the one in use and
 *   others left idle at the versions of earlier tests, so that a later {@code @MigrateTo} can start from the
 *   nearest; 1 keeps only the one in use;</li>
 *   <li>{@code flux.test.roundtrips.strict} and {@code flux.test.roundtrips.columnorder} (default false):
 *   the options of {@code roundTrips()}.</li>
 * </ul>
 */
public record Settings(Path config, boolean repeatables, String url, String user, String password,
                       boolean copies, int templates, int pool, RoundTripOptions roundTrips, String backend) {
    /** The environment variable of the test server's password. */
    public static final String PASSWORD_VARIABLE = "FLUX_TEST_PASSWORD";

    /** Settings for a class, reading the configuration parameters through {@code parameters}. */
    public static Settings of(Path config, boolean repeatables, Function<String, Optional<String>> parameters) {
        return of(config, repeatables, parameters, name -> null);
    }

    /**
     * Settings for a class, reading the configuration parameters through {@code parameters} and environment
     * variables through {@code environment}.
     */
    public static Settings of(Path config, boolean repeatables, Function<String, Optional<String>> parameters,
                              Function<String, String> environment) {
        RoundTripOptions options = RoundTripOptions.defaults();
        if (flag(parameters, "flux.test.roundtrips.strict", false)) {
            options = options.strict();
        }
        if (flag(parameters, "flux.test.roundtrips.columnorder", false)) {
            options = options.compareColumnOrder();
        }
        return new Settings(config, repeatables, text(parameters, "flux.test.url"),
                text(parameters, "flux.test.user"), password(parameters, environment),
                flag(parameters, "flux.test.copies", true), count(parameters, "flux.test.templates", 20),
                Math.max(1, count(parameters, "flux.test.pool", 8)), options, null);
    }

    /** These settings with another {@code flux.toml}. */
    public Settings withConfig(Path file) {
        return new Settings(file, repeatables, url, user, password, copies, templates, pool, roundTrips, backend);
    }

    /** These settings with the backend the tests run on, when it is not the one {@code flux.toml} names. */
    public Settings withBackend(String name) {
        return new Settings(config, repeatables, url, user, password, copies, templates, pool, roundTrips, name);
    }

    private static String text(Function<String, Optional<String>> parameters, String name) {
        return parameters.apply(name).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static String password(Function<String, Optional<String>> parameters,
                                   Function<String, String> environment) {
        String given = text(parameters, "flux.test.password");
        return given != null ? given : text(name -> Optional.ofNullable(environment.apply(name)), PASSWORD_VARIABLE);
    }

    private static boolean flag(Function<String, Optional<String>> parameters, String name, boolean fallback) {
        String value = text(parameters, name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ExtensionConfigurationException("configuration parameter " + name + " = '" + value
                    + "': expected true or false");
        };
    }

    private static int count(Function<String, Optional<String>> parameters, String name, int fallback) {
        String value = text(parameters, name);
        try {
            int n = value == null ? fallback : Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExtensionConfigurationException("configuration parameter " + name + " = '" + value
                + "': expected a whole number of at least 0");
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "Settings[config=" + config + ", repeatables=" + repeatables + ", url=" + Secrets.redactUrl(url)
                + ", user=" + user
                + ", password=" + (password == null ? null : Secrets.MASK) + ", copies=" + copies + ", templates="
                + templates + ", pool=" + pool + ", roundTrips=" + roundTrips + ", backend=" + backend + "]";
    }
}
