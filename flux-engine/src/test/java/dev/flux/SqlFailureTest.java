package dev.flux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SqlFailureTest {
    private static final String SECRET = "Pa55-w0rd";

    @Test
    void messageSaysWhatFailedWhatTheDatabaseSaidAndWhatToDo() {
        SQLException e = new SQLException("relation \"users\" does not exist.", "42P01", 7);

        FluxException error = SqlFailure.of(ErrorCode.SQL, e)
                .exception("could not read the history table", "Check that the user may read it.");

        assertThat(error.code()).isEqualTo(ErrorCode.SQL);
        assertThat(error.getMessage()).isEqualTo("FLUX-SQL: could not read the history table: [SQLState 42P01, "
                + "error 7] relation \"users\" does not exist. Check that the user may read it.");
        assertThat(error.sqlState()).hasValue("42P01");
        assertThat(error.vendorCode()).hasValue(7);
        assertThat(error.fix()).hasValue("Check that the user may read it.");
        assertThat(error.where()).isEmpty();
    }

    @Test
    void aVendorCodeOfZeroIsKeptAsDataButNotShown() {
        FluxException error = SqlFailure.of(ErrorCode.LOCK, new SQLException("gone", "08003"))
                .exception("lost the lock", null);

        assertThat(error.getMessage()).isEqualTo("FLUX-LOCK: lost the lock: [SQLState 08003] gone.");
        assertThat(error.vendorCode()).hasValue(0);
        assertThat(error.fix()).isEmpty();
    }

    @Test
    void withoutSqlStateOnlyTheVendorCodeIsShown() {
        assertThat(SqlFailure.of(ErrorCode.SQL, new SQLException("no state", null, 17002)).databaseMessage())
                .isEqualTo("[error 17002] no state");
        assertThat(SqlFailure.of(ErrorCode.SQL, new SQLException("bare")).databaseMessage()).isEqualTo("bare");
        assertThat(SqlFailure.of(ErrorCode.SQL, new SQLException((String) null)).databaseMessage())
                .isEqualTo("(the database gave no message)");
    }

    @Test
    void aFailingStatementIsNamedAsData() {
        FluxException error = SqlFailure.of(ErrorCode.SQL, new SQLException("boom", "23505"))
                .at("V2__orders.sql:4").inStatement("V2__orders", 3)
                .exception("V2__orders failed at statement 3 of 5 (V2__orders.sql:4)", "Fix the statement.");

        assertThat(error.where()).hasValue("V2__orders.sql:4");
        assertThat(error.migrationId()).hasValue("V2__orders");
        assertThat(error.statement()).hasValue(3);
    }

    @Test
    void secretsAndUrlPasswordsAreScrubbedFromTheMessageAndEveryCause() {
        SQLException driver = new SQLException("login as app/" + SECRET + " to jdbc:postgresql://db/app?password="
                + SECRET + "x failed", "28P01", 0,
                new IOException("socket of jdbc:h2:tcp://host/db;PASSWORD=" + SECRET + "y closed",
                        new SQLException("inner " + SECRET, "08006")));

        FluxException error = SqlFailure.of(ErrorCode.CONNECT, driver)
                .scrubbing(m -> m.replace(SECRET, "****"))
                .exception("could not connect", "Check the password.");

        for (Throwable t : chain(error)) {
            assertThat(t.getMessage()).as(t.toString()).doesNotContain(SECRET);
            assertThat(t.toString()).doesNotContain(SECRET);
        }
        assertThat(error.getMessage()).contains("login as app/****", "password=****");
        assertThat(error.getCause()).isNotSameAs(driver).isInstanceOfSatisfying(SQLException.class, standIn -> {
            assertThat(standIn.getSQLState()).isEqualTo("28P01");
            assertThat(standIn.getStackTrace()).isEqualTo(driver.getStackTrace());
        });
        assertThat(error.getCause().getCause()).hasToString("java.io.IOException: socket of "
                + "jdbc:h2:tcp://host/db;PASSWORD=**** closed");
        assertThat(error.getCause().getCause().getCause()).isInstanceOfSatisfying(SQLException.class,
                inner -> assertThat(inner.getSQLState()).isEqualTo("08006"));
    }

    @Test
    void aRealDriverFailureKeepsItsCodes() {
        SQLException driver = null;
        try {
            DriverManager.getConnection("jdbc:h2:mem:sqlfailure;IFEXISTS=TRUE;PASSWORD=" + SECRET, "sa", "");
        } catch (SQLException e) {
            driver = e;
        }

        FluxException error = SqlFailure.of(ErrorCode.CONNECT, driver).exception("could not connect", null);

        assertThat(error.sqlState()).hasValue(driver.getSQLState());
        assertThat(error.vendorCode()).hasValue(driver.getErrorCode());
        assertThat(error.getMessage()).contains("[SQLState " + driver.getSQLState()).doesNotContain(SECRET);
    }

    @Test
    void errorsThatAreNotDatabaseFailuresHaveNoSqlState() {
        FluxException error = new FluxException(ErrorCode.TARGET, "no migration V9");

        assertThat(error.sqlState()).isEmpty();
        assertThat(error.vendorCode()).isEqualTo(OptionalInt.empty());
        assertThat(error.where()).isEmpty();
        assertThat(error.statement()).isEmpty();
    }

    @Test
    void aValidationErrorWithOneProblemHasItsWhereAndFix() {
        Problem gap = new Problem(ErrorCode.GAP, "V2__b.sql", "is pending but sorts before V3.", "Renumber it.");
        Problem missing = new Problem(ErrorCode.MISSING, "V1__a", "is applied but missing.", "Restore it.");

        ValidationException one = new ValidationException(List.of(gap));
        ValidationException two = new ValidationException(List.of(gap, missing));

        assertThat(one.where()).hasValue("V2__b.sql");
        assertThat(one.fix()).hasValue("Renumber it.");
        assertThat(two.code()).isEqualTo(ErrorCode.GAP);
        assertThat(two.where()).isEmpty();
        assertThat(two.problems()).containsExactly(gap, missing);
    }

    private static List<Throwable> chain(Throwable t) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable at = t; at != null; at = at.getCause()) {
            all.add(at);
        }
        return all;
    }
}
