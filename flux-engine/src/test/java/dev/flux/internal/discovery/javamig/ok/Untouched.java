package dev.flux.internal.discovery.javamig.ok;

/** A class that records being initialised; scanning must not initialise classes that are not migrations. */
public final class Untouched {
    public static final String PROPERTY = "flux.test.untouched.initialised";

    static {
        System.setProperty(PROPERTY, "true");
    }

    private Untouched() {
    }
}
