package dev.flux.reliability;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver of a migrator child that stops at a {@link StopPoint}: it hands out the connections of
 * the real driver for the URL, through which the chosen statement, when flux runs it, makes the child print
 * {@link StopPoint#line()} and then hang like a statement that never ends, until the test kills the child.
 * Only the class loader of {@link #loader} offers it to flux, as the project class loader would offer a
 * driver; the suite's other JVMs never see it.
 */
public final class StoppingDriver implements Driver {
    private static final String SERVICES = "dev/flux/reliability/stopping-driver.services";
    private static volatile StopPoint stop;

    /** For {@code ServiceLoader}. */
    public StoppingDriver() {
    }

    /** A class loader under which flux finds this driver before the real ones, stopping at {@code at}. */
    static ClassLoader loader(StopPoint at) {
        stop = at;
        ClassLoader parent = StoppingDriver.class.getClassLoader();
        URL services = parent.getResource(SERVICES);
        if (services == null) {
            throw new IllegalStateException(SERVICES + " is missing from the class path");
        }
        return new ClassLoader(parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + Driver.class.getName())
                        ? Collections.enumeration(List.of(services)) : super.getResources(name);
            }
        };
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getDriver(url).connect(url, info);
        return real == null ? null : stopping(real);
    }

    @Override
    public boolean acceptsURL(String url) {
        try {
            return stop != null && DriverManager.getDriver(url) != null;
        } catch (SQLException none) {
            return false;
        }
    }

    /** The connection, whose statements from {@code createStatement} stop at the stop point. */
    private static Connection stopping(Connection real) {
        return proxy(Connection.class, (method, args) -> {
            Object result = invoke(real, method, args);
            return result instanceof Statement statement && method.getName().equals("createStatement")
                    ? stopping(statement) : result;
        });
    }

    private static Statement stopping(Statement real) {
        return proxy(Statement.class, (method, args) -> {
            if (!(method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql && stop.isAt(sql))) {
                return invoke(real, method, args);
            }
            if (!stop.after()) {
                hang();
            }
            invoke(real, method, args);
            hang();
            throw new AssertionError("unreachable");
        });
    }

    /** Says where the child stopped, then waits to be killed: the statement that never ends. */
    private static void hang() throws InterruptedException {
        System.out.println(stop.line());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(StoppingDriver.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return DriverManager.getDriver(url).getPropertyInfo(url, info);
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
        throw new SQLFeatureNotSupportedException();
    }
}
