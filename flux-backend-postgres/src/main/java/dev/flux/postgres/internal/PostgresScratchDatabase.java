package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.SqlFailure;
import dev.flux.spi.TestDatabase;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A database of one test class on a {@link PostgresTestServer}; {@link #close()} drops it, ending its sessions. */
final class PostgresScratchDatabase implements TestDatabase {
    private final PostgresTestServer server;
    private final String name;
    private final DataSource dataSource;

    PostgresScratchDatabase(PostgresTestServer server, String name) {
        this.server = server;
        this.name = name;
        this.dataSource = server.dataSource(name);
    }

    String name() {
        return name;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            if (server.serverVersion() >= 130000) {
                server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                server.admin("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.SQL, e).scrubbing(server.secrets()::scrub).exception("could not drop the test database " + name,
                    "Drop it by hand.");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
