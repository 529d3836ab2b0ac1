package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the lock and migration sessions are reset before they are closed (returned to a pool), on real
 * PostgreSQL connections: like ojdbc, PostgreSQL's driver throws on {@code rollback()} with autocommit on,
 * which is the case the reset must survive.
 */
class SessionResetTest {
    private static final LocalServer POSTGRES = LocalServer.fromEnvironment("PostgreSQL", "FLUX_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "start it (.ci/run does, through .ci/postgres)");

    private static Connection connect() throws SQLException {
        POSTGRES.assumeAvailable();
        return DriverManager.getConnection(POSTGRES.url());
    }

    @Test
    void withAutocommitOnNothingIsRolledBackAndTheLaterStepsStillRun() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(true);
            List<SQLException> failures = SessionReset.run(c, List.of(SessionReset::endTransaction,
                    s -> Sessions.run(s, "SET application_name = 'cleared'")));
            assertThat(failures).isEmpty();
            assertThat(Sessions.queryString(c, "SHOW application_name")).isEqualTo("cleared");
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void withAutocommitOffTheOpenTransactionIsRolledBackAndAutocommitRestored() throws SQLException {
        try (Connection c = connect()) {
            Sessions.run(c, "CREATE TEMPORARY TABLE reset_probe (n INT)");
            c.setAutoCommit(false);
            Sessions.run(c, "INSERT INTO reset_probe VALUES (1)");
            SessionReset.endTransaction(c);
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(Sessions.queryString(c, "SELECT COUNT(*) FROM reset_probe")).isEqualTo("0");
        }
    }

    @Test
    void aFailingStepDoesNotStopTheStepsAfterIt() throws SQLException {
        try (Connection c = connect()) {
            List<SQLException> failures = SessionReset.run(c, List.of(s -> Sessions.run(s, "SELECT 1 / 0"),
                    s -> Sessions.run(s, "SET application_name = 'after a failure'")));
            assertThat(failures).singleElement().extracting(SQLException::getMessage).asString()
                    .contains("division by zero");
            assertThat(Sessions.queryString(c, "SHOW application_name")).isEqualTo("after a failure");
        }
    }
}
