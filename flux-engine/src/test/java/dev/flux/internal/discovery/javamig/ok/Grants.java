package dev.flux.internal.discovery.javamig.ok;

/** A helper shared by migrations; not a migration itself. */
public final class Grants {
    private Grants() {
    }

    public static String read(String table) {
        return "grant select on " + table + " to reader;\n";
    }
}
