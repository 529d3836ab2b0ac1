package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
@MigrateTo("V1")
class ParametersTest {
    private static Connection lastConnection;
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
        lastConnection = c;
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

    @AfterAll
    static void connectionsAreClosedAfterTheirTest() throws Exception {
        if (lastConnection != null) {
            assertThat(lastConnection.isClosed()).isTrue();
        }
    }
}
