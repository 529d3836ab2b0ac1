package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.mariadb.internal.MariaDbTestDatabases;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test databases MariaDB offers flux-junit, on the server of FLUX_TEST_MARIADB_URL. */
@ExtendWith(MariaDbTestDatabase.class)
class MariaDbTestDatabasesTest {
    private final TestDatabases databases = new MariaDbTestDatabases();
    private final TestServer server = databases.server(MariaDbTestDatabase.URL, null, null);

    @Test
    void thereIsNoLocalServerAndTheHintSaysWhatToSet() {
        assertThat(databases.localServer()).isEmpty();
        assertThat(databases.localServerHint()).contains("flux.test.url=jdbc:mariadb://").contains("CREATE");
        assertThat(server.canCopy()).isFalse();
    }

    @Test
    void eachTestDatabaseIsADatabaseOfItsOwnDroppedOnCloseEvenWithSessionsOpen() throws Exception {
        assertThat(server.description()).startsWith("MariaDB at jdbc:mariadb://");
        TestDatabase one = server.create("OrdersTest");
        TestDatabase two = server.create("OrdersTest");
        String oneName = currentDatabase(one);
        try {
            run(one, "CREATE TABLE t (id INT)");
            assertThat(oneName).startsWith("flux_test_orderstest_").isNotEqualTo(currentDatabase(two));
            assertThat(count(two, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"))
                    .isZero();
        } finally {
            two.close();
        }
        Connection open = one.dataSource().getConnection();
        run(open, "START TRANSACTION");
        run(open, "INSERT INTO t VALUES (1)"); // holds a metadata lock that DROP DATABASE would wait for

        one.close();

        assertThat(open.isValid(2)).as("its sessions were ended").isFalse();
        try (Connection c = MariaDbTestDatabase.server().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
                     + oneName + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static String currentDatabase(TestDatabase database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void run(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            run(c, sql);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
