package dev.flux.reliability;

import java.util.Map;

/**
 * How a migrator is told its database: the URL, user and password lines of {@code [connection]}, and
 * the environment it needs, for one of three channels of {@link Secrets}.
 */
record Credentials(String url, String user, String password, Map<String, String> environment) {
    /** The three ways the suite hands flux a password. */
    enum Channel { CONNECTION, URL, ENVIRONMENT }

    /** H2 user names, one per channel; {@link #createH2Users} creates them. */
    static final String H2_USER = "rel";
    static final String H2_URL_USER = "rel_url";
    static final String H2_ENV_USER = "rel_env";

    /** An H2 database at {@code url} (without credentials), reached through {@code channel}. */
    static Credentials h2(String url, Channel channel) {
        return switch (channel) {
            case CONNECTION -> new Credentials(url, H2_USER, Secrets.IN_CONNECTION, Map.of());
            case URL -> new Credentials(url + ";USER=" + H2_URL_USER + ";PASSWORD=" + Secrets.IN_URL, null, null,
                    Map.of());
            case ENVIRONMENT -> environment(url, H2_ENV_USER);
        };
    }

    /**
     * A PostgreSQL database at {@code url} (which names the user), reached through {@code channel}. The
     * test server trusts local connections, so the password is sent only where the server asks for one;
     * flux must hide it all the same.
     */
    static Credentials postgres(String url, Channel channel) {
        return switch (channel) {
            case CONNECTION -> new Credentials(url, null, Secrets.IN_CONNECTION, Map.of());
            case URL -> new Credentials(url + (url.contains("?") ? "&" : "?") + "password=" + Secrets.IN_URL, null,
                    null, Map.of());
            case ENVIRONMENT -> environment(url, null);
        };
    }

    /**
     * A MariaDB database at {@code url} (without user or parameters), reached through {@code channel} as the
     * user of that channel ({@link MariaDbServer}), whose password the server checks.
     */
    static Credentials mariadb(String url, Channel channel) {
        return switch (channel) {
            case CONNECTION -> new Credentials(url, MariaDbServer.USER, Secrets.IN_CONNECTION, Map.of());
            case URL -> new Credentials(url + "?user=" + MariaDbServer.URL_USER + "&password=" + Secrets.IN_URL, null,
                    null, Map.of());
            case ENVIRONMENT -> environment(url, MariaDbServer.ENV_USER);
        };
    }

    private static Credentials environment(String url, String user) {
        return new Credentials(url, user, "${env:" + Secrets.ENVIRONMENT_VARIABLE + "}",
                Map.of(Secrets.ENVIRONMENT_VARIABLE, Secrets.IN_ENVIRONMENT));
    }

    /** The SQL that gives an H2 database the users of every channel (run as its first user). */
    static String createH2Users() {
        return "CREATE USER IF NOT EXISTS " + H2_URL_USER + " PASSWORD '" + Secrets.IN_URL + "' ADMIN;"
                + "CREATE USER IF NOT EXISTS " + H2_ENV_USER + " PASSWORD '" + Secrets.IN_ENVIRONMENT + "' ADMIN";
    }

    /** The {@code flux.toml} of a migrator with these credentials. */
    String toml(String backend, String migrationDirectory, Map<String, Object> backendOptions) {
        StringBuilder toml = new StringBuilder("[flux]\nbackend = \"" + backend + "\"\nmigration_directory = \""
                + migrationDirectory + "\"\n\n[connection]\nurl = \"" + url + "\"\n");
        if (user != null) {
            toml.append("user = \"").append(user).append("\"\n");
        }
        if (password != null) {
            toml.append("password = \"").append(password).append("\"\n");
        }
        toml.append("\n[backend]\n");
        backendOptions.forEach((key, value) -> toml.append(key).append(" = ")
                .append(value instanceof String ? "\"" + value + "\"" : value).append('\n'));
        return toml.toString();
    }
}
