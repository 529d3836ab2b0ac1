package dev.flux.postgres.internal;

import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;

/**
 * Test databases on PostgreSQL: with {@code flux.test.url}, a database per test class on that server.
 * No embedded mode, and no container yet, so without the URL the tests are skipped with a message.
 */
public final class PostgresTestDatabases implements TestDatabases {
    @Override
    public TestServer server(String url, String user, String password) {
        return new PostgresTestServer(url, user, password);
    }

    @Override
    public String localServerHint() {
        return "for example -Dflux.test.url=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres; the user"
                + " needs the CREATEDB privilege";
    }
}
