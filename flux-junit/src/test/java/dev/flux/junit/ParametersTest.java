package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
@MigrateTo("V1")
class ParametersTest {
    private final FluxDatabase fromConstructor;

    ParametersTest(FluxDatabase db) {
        this.fromConstructor = db;
    }

    @BeforeEach
    void seed(DataSource source) throws Exception {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("MERGE INTO users KEY (id) VALUES (1, 'Ada')");
        }
    }

    @Test
    void aConnectionSeesTheClassDatabase(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Ada");
        }
    }

    @Test
    void everyParameterReachesTheSameDatabase(FluxDatabase db, DataSource source) {
        assertThat(db).isSameAs(fromConstructor);
        assertThat(db.dataSource()).isSameAs(source);
        assertThat(db.queryValue("SELECT COUNT(*) FROM users", Integer.class)).isEqualTo(1);
    }

    @Test
    void aConnectionIsOpenDuringItsTestAndClosedAfterIt() {
        ConnectionTaken.openInTheTest.clear();
        ConnectionTaken.openAfterTheTests.clear();

        assertThat(Samples.outcomes(Samples.run(ConnectionTaken.class).testEvents()))
                .isEqualTo(Map.of("isOpen(Connection)", "SUCCESSFUL"));

        assertThat(ConnectionTaken.openInTheTest).containsExactly(true);
        assertThat(ConnectionTaken.openAfterTheTests).as("while the class's database still exists")
                .containsExactly(false);
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class ConnectionTaken {
        static final List<Boolean> openInTheTest = new CopyOnWriteArrayList<>();
        static final List<Boolean> openAfterTheTests = new CopyOnWriteArrayList<>();
        private static Connection received;

        @Test
        void isOpen(Connection c) throws SQLException {
            received = c;
            openInTheTest.add(!c.isClosed());
        }

        @AfterAll
        static void afterTheTests() throws SQLException {
            openAfterTheTests.add(!received.isClosed());
        }
    }
}
