package dev.flux;

/**
 * A migration written in Java that <em>returns</em> the SQL to run. The class's simple name is its id and
 * follows the naming rules of SQL files ({@code V7__backfill_emails}); it must be public, concrete,
 * top-level, and have a public no-arg constructor. The checksum covers the returned SQL, so a change to
 * any helper that alters it is detected.
 */
public interface JavaMigration {
    /** The SQL script to apply; must be deterministic and not null. */
    String apply();

    /** The SQL script that undoes {@link #apply()}, or null when this migration cannot be undone. */
    default String undo() {
        return null;
    }
}
