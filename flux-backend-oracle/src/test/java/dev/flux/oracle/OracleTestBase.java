package dev.flux.oracle;

import dev.flux.Flux;
import dev.flux.Secrets;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Oracle integration tests share: fresh users dropped after each test, a migration directory,
 * migrators and backends closed after each test, and small queries. Skipped without an Oracle database.
 */
@ExtendWith(RequiresOracle.class)
abstract class OracleTestBase {
    private final List<AutoCloseable> opened = new ArrayList<>();

    @TempDir
    Path migrations;

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    /** A new user, dropped after the test. */
    OracleTestDatabase.Schema schema(String... extraGrants) throws SQLException {
        OracleTestDatabase.Schema schema = OracleTestDatabase.createSchema(extraGrants);
        opened.add(schema);
        return schema;
    }

    Flux flux(DataSource dataSource, Map<String, Object> options) {
        Flux.Builder builder = Flux.builder().backend("oracle").migrationDirectory(migrations).dataSource(dataSource)
                .lockTimeout(Duration.ofSeconds(30));
        options.forEach(builder::backendOption);
        Flux flux = builder.build();
        opened.add(flux);
        return flux;
    }

    MigrationBackend backend(DataSource dataSource, Duration lockTimeout, Map<String, Object> options) {
        MigrationBackend backend = new OracleBackendProvider().open(new BackendContext(dataSource, options,
                lockTimeout, "flux-test", Secrets.none()));
        opened.add(backend);
        return backend;
    }

    void write(String name, String content) throws IOException {
        Path file = migrations.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The first column of each row of {@code sql}, run on a connection of its own. */
    static List<String> strings(DataSource dataSource, String sql, Object... values) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
