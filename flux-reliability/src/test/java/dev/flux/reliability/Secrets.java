package dev.flux.reliability;

import java.util.List;

/**
 * The passwords the suite gives flux, each through one channel, and the check that none of them ever shows
 * up in what flux prints, logs or throws. They are distinctive, so any hit is a leak.
 */
final class Secrets {
    /** Given as {@code password} under {@code [connection]}. */
    static final String IN_CONNECTION = "Rel-conn-Pw-4471";
    /** Given inside the JDBC URL ({@code ;PASSWORD=} for H2, {@code password=} for PostgreSQL). */
    static final String IN_URL = "Rel-url-Pw-8203";
    /** Given through {@code ${env:REL_DB_PASSWORD}} under {@code [connection]}. */
    static final String IN_ENVIRONMENT = "Rel-env-Pw-5518";
    /** The environment variable that carries {@link #IN_ENVIRONMENT}. */
    static final String ENVIRONMENT_VARIABLE = "REL_DB_PASSWORD";

    /** A wrong password, given under {@code [connection]}: it must not show either. */
    static final String WRONG = "Rel-wrong-Pw-6650";

    static final List<String> ALL = List.of(IN_CONNECTION, IN_URL, IN_ENVIRONMENT, WRONG);

    private Secrets() {
    }

    /** The number of places in {@code text} where a password shows. */
    static int hits(String text) {
        int hits = 0;
        for (String secret : ALL) {
            for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
                hits++;
            }
        }
        return hits;
    }

    /** Fails, naming {@code where}, when a password shows in {@code text}. */
    static void assertAbsent(String text, String where) {
        int hits = hits(text);
        if (hits > 0) {
            throw new AssertionError(hits + " password(s) leaked into " + where + ":\n" + text);
        }
    }
}
