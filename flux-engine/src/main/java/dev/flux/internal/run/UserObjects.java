package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import dev.flux.spi.MigrationBackend;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Whether a database that flux has never migrated is empty: it has no history table, and its schema reader
 * finds none of the user's objects. A database with a history table (even without rows, as after a rollback
 * to 0) is flux's, and never checked.
 */
final class UserObjects {
    /** How many objects an error names. */
    private static final int SHOWN = 5;

    private UserObjects() {
    }

    /** Some of the user's objects when the database has no history table; empty otherwise. */
    static List<String> withoutHistory(MigrationBackend db, UnaryOperator<String> scrub) {
        try {
            if (db.history().exists(db.connection())) {
                return List.of();
            }
            return db.schemaReader().userObjects(db.connection(), SHOWN + 1);
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.SQL, e).scrubbing(scrub).exception("could not tell whether the database"
                    + " is empty (flux checks before it migrates a database without history)", "Check that the"
                    + " user may read the database's catalog, or set allow_non_empty = true under [flux].");
        }
    }

    /** The error for a non-empty database without history, naming a few of {@code objects}. */
    static FluxException notEmpty(List<String> objects, String firstPending) {
        String shown = String.join(", ", objects.subList(0, Math.min(SHOWN, objects.size())))
                + (objects.size() > SHOWN ? " and more" : "");
        return new FluxException(ErrorCode.NOT_EMPTY, "the database has no flux history but is not empty: it"
                + " holds " + shown + ". Running " + firstPending + " on it would fail or clash with what is"
                + " there, so nothing was run and nothing was changed. If the schema came from these migrations,"
                + " record them as already applied without running them: baseline at the version the schema is"
                + " at (Maven: flux:baseline -Dflux.version=V3); if Flyway manages this database, import its"
                + " history (Maven: flux:import-flyway); if these objects have nothing to do with the"
                + " migrations, set allow_non_empty = true under [flux] in flux.toml. See docs/adopting.md.");
    }
}
