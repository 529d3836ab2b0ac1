package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.postgres.internal.PostgresTestDatabases;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers server that flux-junit gets without {@code flux.test.url}. Runs where Docker answers;
 * where the default image cannot be pulled, {@code .ci/postgres-image} builds one from Debian's packages
 * and {@code -Dflux.test.postgres.image=flux-local/postgres:15} names it.
 */
class PostgresContainerTest {
    private static final String IMAGE = "flux.test.postgres.image";

    private static final String HOW_TO = " Start Docker to run these tests; without access to a registry, build"
            + " an image with .ci/postgres-image and pass -D" + IMAGE + "=flux-local/postgres:15.";

    @Test
    void aContainerGivesDatabasesAndCopiesAndStopsOnClose() throws Exception {
        String why = PostgresTestDatabases.containerUnavailable().orElse(null);
        Assumptions.assumeTrue(why == null, () -> "No PostgreSQL container can run here: " + why + "." + HOW_TO);
        TestServer server = new PostgresTestDatabases().localServer().orElseThrow();
        Connection open;
        try (server) {
            assertThat(server.description()).startsWith("PostgreSQL in a Testcontainers container of ")
                    .contains(System.getProperty(IMAGE, "postgres:16-alpine"));
            try (TestDatabase one = server.create("ContainerTest")) {
                PostgresTestDatabasesTest.run(one, "CREATE TABLE t (id INT)", "INSERT INTO t VALUES (7)");
                assertThat(server.canCopy()).isTrue();
                try (TestDatabase copy = server.copy(one, "ContainerCopy")) {
                    assertThat(value(copy, "SELECT id FROM t")).isEqualTo("7");
                    assertThat(value(copy, "SELECT current_database()")).startsWith("flux_test_containercopy_");
                }
                assertThat(value(one, "SELECT setting FROM pg_settings WHERE name = 'fsync'")).isEqualTo("off");
                open = one.dataSource().getConnection();
            }
        }
        assertThat(open.isValid(2)).as("the container was stopped").isFalse();
    }

    @Test
    void anImageDockerCannotHaveLeavesNoLocalServerAndTheHintSaysWhatWasTried() {
        String before = System.getProperty(IMAGE);
        System.setProperty(IMAGE, "flux-test/no-such-image:0");
        try {
            String why = PostgresTestDatabases.containerUnavailable().orElseThrow();
            Assumptions.assumeFalse(why.startsWith("no Docker engine answers"), why + "." + HOW_TO);
            PostgresTestDatabases databases = new PostgresTestDatabases();

            assertThat(databases.localServer()).isEmpty();
            assertThat(databases.localServerHint()).matches("(?s).*; here Docker answers but has no image"
                    + " flux-test/no-such-image:0, and a pull of it failed: \\S.*");
        } finally {
            if (before == null) {
                System.clearProperty(IMAGE);
            } else {
                System.setProperty(IMAGE, before);
            }
        }
    }

    private static String value(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
