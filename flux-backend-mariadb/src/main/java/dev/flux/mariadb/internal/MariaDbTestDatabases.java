package dev.flux.mariadb.internal;

import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;

/**
 * Test databases on MariaDB or MySQL: a database per test class on the server of {@code flux.test.url}. No
 * container is started by this backend: without {@code flux.test.url} the tests are skipped, saying how to
 * provide a server.
 */
public final class MariaDbTestDatabases implements TestDatabases {
    @Override
    public TestServer server(String url, String user, String password) {
        return new MariaDbTestServer(MysqlScheme.permitted(url), user, password);
    }

    @Override
    public String localServerHint() {
        return "for example -Dflux.test.url=jdbc:mariadb://127.0.0.1:3306/test?user=root (the user needs the "
                + "CREATE and DROP privileges on databases named flux_test_%)";
    }
}
