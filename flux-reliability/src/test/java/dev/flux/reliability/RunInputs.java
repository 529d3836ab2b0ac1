package dev.flux.reliability;

import static dev.flux.reliability.BadInput.MIGRATE;
import static dev.flux.reliability.BadInput.Start.BASELINE;
import static dev.flux.reliability.BadInput.migrateTo;
import static dev.flux.reliability.BadInput.rollback;
import static dev.flux.reliability.BadInput.rollbackTo;

import dev.flux.ErrorCode;
import java.util.List;

/** Statements that fail at statement k, failing repeatable scripts, and targets that do not exist. */
final class RunInputs {
    private RunInputs() {
    }

    static List<BadInput> targets() {
        return List.of(
                BadInput.of("target: unknown version", BASELINE, p -> { }, migrateTo("V99"), ErrorCode.TARGET,
                        "unknown target 'V99'", "nearest existing versions: V2"),
                BadInput.of("target: not a version", BASELINE, p -> { }, migrateTo("latest"), ErrorCode.TARGET,
                        "'latest' is not a version"),
                BadInput.of("target: unknown id", BASELINE, p -> { }, migrateTo("V2__order"), ErrorCode.TARGET,
                        "unknown target 'V2__order'"),
                BadInput.of("target: migrateTo below the current version", BASELINE, p -> { }, migrateTo("V1"),
                        ErrorCode.TARGET, "cannot migrate to V1: the database is at V2"),
                BadInput.of("target: rollbackTo above the current version", BASELINE,
                        p -> p.write("V3__notes.sql", "CREATE TABLE notes (id INT);\n"), rollbackTo("V3"),
                        ErrorCode.TARGET, "cannot roll back to V3: the database is at V2"),
                BadInput.of("target: rollback of more than is applied", BASELINE, p -> { }, rollback(5),
                        ErrorCode.TARGET, "cannot roll back 5 migrations: only 2 applied"),
                BadInput.of("target: rollback of 0", BASELINE, p -> { }, rollback(0), ErrorCode.TARGET,
                        "cannot roll back 0 migrations"),
                BadInput.of("rollback across a migration without undo", BASELINE,
                        p -> p.delete("V1__users.undo.sql"), rollbackTo("0"), ErrorCode.NO_UNDO,
                        "V1__users has no undo", "V1__users.undo.sql"));
    }

    /** On PostgreSQL a failed migration is rolled back entirely. */
    static List<BadInput> postgresSql() {
        return List.of(
                failing("SQL: fails at statement 1 of 3", "INSERT INTO no_such_table VALUES (1);\n"
                        + "CREATE TABLE notes (id INT);\nINSERT INTO notes VALUES (1);\n",
                        "V3__fail failed at statement 1 of 3 (V3__fail.sql:1)", "[SQLState 42P01]"),
                failing("SQL: fails at statement 3 of 5", "CREATE TABLE notes (id INT PRIMARY KEY);\n"
                        + "INSERT INTO notes VALUES (1);\n-- the mistake\nINSERT INTO notes VALUES (1);\n"
                        + "CREATE INDEX notes_id ON notes (id);\nSELECT 1;\n",
                        "V3__fail failed at statement 3 of 5 (V3__fail.sql:4)", "[SQLState 23505]"),
                failing("SQL: fails at the last statement", "CREATE TABLE notes (id INT);\n"
                        + "ALTER TABLE users ADD COLUMN email TEXT;\nALTER TABLE notes ADD COLUMN id INT;\n",
                        "V3__fail failed at statement 3 of 3 (V3__fail.sql:3)", "[SQLState 42701]"),
                failing("SQL: COMMIT inside a migration", "CREATE TABLE notes (id INT);\nCOMMIT;\n",
                        "V3__fail failed at statement 2 of 2 (V3__fail.sql:2)", "flux refuses COMMIT"),
                failing("SQL: CREATE INDEX CONCURRENTLY in a transaction",
                        "CREATE INDEX CONCURRENTLY users_name ON users (name);\n",
                        "V3__fail failed at statement 1 of 1 (V3__fail.sql:1)", "-- flux:no-transaction"),
                failingPreApply("SELECT 1;\nDROP VIEW no_such_view;\n", "pre-apply/010_views.sql:2"));
    }

    /**
     * On H2, DDL commits at once: a migration failing at statement k leaves a failed row saying k - 1
     * completed. These fail after statements that change no schema object, so the snapshot stays equal.
     */
    static List<BadInput> h2Sql() {
        return List.of(
                failing("SQL: fails at statement 1 of 2", "INSERT INTO no_such_table VALUES (1);\n"
                        + "CREATE TABLE notes (id INT);\n", "V3__fail failed at statement 1 of 2 (V3__fail.sql:1)",
                        "[SQLState 42S02").leavingFailedRow(0),
                failing("SQL: fails at statement 3 of 4", "INSERT INTO users VALUES (1, 'ann');\n"
                        + "INSERT INTO users VALUES (2, 'bob');\n\nINSERT INTO users VALUES (2, 'bob again');\n"
                        + "CREATE TABLE notes (id INT);\n", "V3__fail failed at statement 3 of 4 (V3__fail.sql:4)",
                        "[SQLState 23505", "2 of 4 statements completed").leavingFailedRow(2),
                failingPreApply("DROP VIEW no_such_view;\n", "pre-apply/010_views.sql:1"));
    }

    /** On MariaDB, as on H2, DDL commits at once: a failure at statement k leaves a row saying k - 1 completed. */
    static List<BadInput> mariadbSql() {
        return List.of(
                failing("SQL: fails at statement 1 of 2", "INSERT INTO no_such_table VALUES (1);\n"
                        + "CREATE TABLE notes (id INT);\n", "V3__fail failed at statement 1 of 2 (V3__fail.sql:1)",
                        "[SQLState 42S02").leavingFailedRow(0),
                failing("SQL: fails at statement 3 of 4", "INSERT INTO users VALUES (1, 'ann');\n"
                        + "INSERT INTO users VALUES (2, 'bob');\n\nINSERT INTO users VALUES (2, 'bob again');\n"
                        + "CREATE TABLE notes (id INT);\n", "V3__fail failed at statement 3 of 4 (V3__fail.sql:4)",
                        "[SQLState 23000", "2 of 4 statements completed").leavingFailedRow(2),
                failing("SQL: fails after a DELIMITER section", "DELIMITER $$\n"
                        + "INSERT INTO users VALUES (1, 'ann; not the end')$$\nDELIMITER ;\n\nCALL no_such_procedure();\n",
                        "V3__fail failed at statement 2 of 2 (V3__fail.sql:5)", "[SQLState 42000")
                        .leavingFailedRow(1),
                failingPreApply("DROP VIEW no_such_view;\n", "pre-apply/010_views.sql:1"));
    }

    private static BadInput failing(String name, String script, String... where) {
        return BadInput.of(name, BASELINE, p -> p.write("V3__fail.sql", script), MIGRATE, ErrorCode.SQL, where);
    }

    private static BadInput failingPreApply(String script, String where) {
        return BadInput.of("SQL: pre-apply script fails", BASELINE, p -> {
            p.write("pre-apply/010_views.sql", script);
            p.write("V3__notes.sql", "CREATE TABLE notes (id INT);\n");
        }, MIGRATE, ErrorCode.REPEATABLE, where);
    }
}
