package dev.flux.internal.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for the URLs {@code jdbc:refusing:...} that serves none of them: it only records, in the
 * system property {@value #CREATED}, that it was created, so a test can tell whether it was asked at all
 * (the property works across class loaders).
 */
public final class RefusingDriver implements Driver {
    static final String CREATED = "flux.test.refusing-driver-created";

    public RefusingDriver() {
        System.setProperty(CREATED, "true");
    }

    @Override
    public Connection connect(String url, Properties info) {
        return null;
    }

    @Override
    public boolean acceptsURL(String url) {
        return false;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logger");
    }
}
