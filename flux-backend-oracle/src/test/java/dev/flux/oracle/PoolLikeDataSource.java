package dev.flux.oracle;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Real Oracle connections handed out the way a pool hands them out: {@code close()} returns them to the
 * "pool" without ending their session, so a test can see the session state a backend leaves behind.
 * Everything else goes to the real connection. {@link #closeAll()} ends the sessions.
 */
final class PoolLikeDataSource implements DataSource {
    private final DataSource real;
    private final List<Connection> sessions = new CopyOnWriteArrayList<>();

    PoolLikeDataSource(DataSource real) {
        this.real = real;
    }

    /** The real connections handed out so far, still open. */
    List<Connection> sessions() {
        return sessions;
    }

    void closeAll() throws SQLException {
        for (Connection c : sessions) {
            c.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = real.getConnection();
        sessions.add(c);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("not needed by flux");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
