package dev.flux.internal.jdbc;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new connection per call straight from a JDBC {@link Driver}: the
 * first one found with {@link ServiceLoader} on the given class loader that accepts the URL, else the one
 * {@link DriverManager} knows. No pooling. {@code getConnection} methods throw {@link FluxException} with
 * code CONNECT (unchecked) when there is no driver or the driver refuses; the message holds the redacted
 * URL, the SQLState and the scrubbed driver message, never a password, and the driver's exception is not
 * chained (it may carry the password), only a scrubbed stand-in (see {@link SqlFailure}). A connection attempt waits at most the login timeout
 * ({@value #DEFAULT_LOGIN_TIMEOUT} s unless set; 0 means no limit): not every driver bounds its handshake,
 * and H2's TCP client, or PostgreSQL's without {@code loginTimeout} in the URL, waits forever for a server
 * that accepts the connection and never answers.
 */
public final class DriverDataSource implements DataSource {
    /** Seconds a connection attempt may take when no login timeout was set. */
    public static final int DEFAULT_LOGIN_TIMEOUT = 30;

    private final String url;
    private final String user;
    private final String password;
    private final ClassLoader classLoader;
    private volatile Driver driver;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeout = DEFAULT_LOGIN_TIMEOUT;
    private volatile Duration busyFileRetry = Duration.ofSeconds(DEFAULT_LOGIN_TIMEOUT);

    /**
     * {@code user} and {@code password} may be null (not sent); {@code classLoader} null means the loader
     * of this class.
     *
     * @throws FluxException with code CONFIG when {@code url} is null or blank
     */
    public DriverDataSource(String url, String user, String password, ClassLoader classLoader) {
        if (url == null || url.isBlank()) {
            throw new FluxException(ErrorCode.CONFIG, "no database URL given; set url under [connection] in"
                    + " flux.toml, the system property flux.url or the environment variable FLUX_URL");
        }
        this.url = url;
        this.user = user;
        this.password = password;
        this.classLoader = classLoader == null ? DriverDataSource.class.getClassLoader() : classLoader;
    }

    /**
     * How long to keep trying when an H2 file opened with {@code AUTO_SERVER=TRUE} is busy because other
     * processes open it at the same moment ("Lock file recently modified"); {@value #DEFAULT_LOGIN_TIMEOUT} s
     * unless set. The engine sets it to the lock timeout.
     */
    public void retryBusyFileFor(Duration window) {
        this.busyFileRetry = window;
    }

    /** A new connection with the configured user and password. */
    @Override
    public Connection getConnection() {
        return getConnection(user, password);
    }

    /** A new connection with the given user and password (either may be null). */
    @Override
    public Connection getConnection(String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection;
        long deadline = System.nanoTime() + busyFileRetry.toNanos();
        while (true) {
            try {
                connection = connect(driver(), properties);
                break;
            } catch (SQLException e) {
                if (!sharedH2FileBusy(e) || System.nanoTime() - deadline >= 0 || !pause()) {
                    throw failure(e, user, password);
                }
            }
        }
        if (connection == null) {
            throw noDriver();
        }
        return connection;
    }

    /** Connects on a thread of its own, waiting at most the login timeout; a connection that comes later is closed. */
    private Connection connect(Driver d, Properties properties) throws SQLException {
        int seconds = loginTimeout;
        if (seconds <= 0) {
            return d.connect(url, properties);
        }
        CompletableFuture<Connection> attempt = new CompletableFuture<>();
        Thread connecting = new Thread(() -> {
            try {
                attempt.complete(d.connect(url, properties));
            } catch (Throwable e) {
                attempt.completeExceptionally(e);
            }
        }, "flux-connect");
        connecting.setDaemon(true);
        connecting.start();
        try {
            return attempt.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            attempt.thenAccept(DriverDataSource::closeQuietly);
            connecting.interrupt();
            throw new FluxException(ErrorCode.CONNECT, "no answer from " + Redactor.redactUrl(url) + " within "
                    + seconds + " s: the server took the connection but did not reply. Check the url and that the"
                    + " database server is running and reachable");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }

    private static void closeQuietly(Connection late) {
        try {
            if (late != null) {
                late.close();
            }
        } catch (SQLException e) {
            // nobody waits for it any more
        }
    }

    private Driver driver() {
        Driver found = driver;
        if (found == null) {
            found = findDriver();
            driver = found;
        }
        return found;
    }

    /**
     * The first driver found by {@link ServiceLoader} that accepts the URL, asking first the drivers whose
     * class name holds the URL's subprotocol ({@code h2} of {@code jdbc:h2:mem:x}): creating a driver can
     * be slow (Oracle's loads dozens of classes), and a short command should only pay for its own.
     */
    private Driver findDriver() {
        List<ServiceLoader.Provider<Driver>> likely = new ArrayList<>();
        List<ServiceLoader.Provider<Driver>> others = new ArrayList<>();
        String subprotocol = subprotocol(url);
        Iterator<ServiceLoader.Provider<Driver>> providers =
                ServiceLoader.load(Driver.class, classLoader).stream().iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<Driver> provider = providers.next();
                boolean named = !subprotocol.isEmpty()
                        && provider.type().getName().toLowerCase(Locale.ROOT).contains(subprotocol);
                (named ? likely : others).add(provider);
            } catch (ServiceConfigurationError broken) {
                // a driver that cannot be loaded is not the one for this URL; try the next
            }
        }
        likely.addAll(others);
        for (ServiceLoader.Provider<Driver> provider : likely) {
            try {
                Driver candidate = provider.get();
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (ServiceConfigurationError | SQLException broken) {
                // a driver that cannot be created or asked is not the one for this URL; try the next
            }
        }
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException none) {
            throw noDriver();
        }
    }

    /** {@code h2} of {@code jdbc:h2:mem:x}, lower case; empty when the URL has none. */
    static String subprotocol(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:")) {
            return "";
        }
        int end = jdbcUrl.indexOf(':', 5);
        return end < 0 ? "" : jdbcUrl.substring(5, end).toLowerCase(Locale.ROOT);
    }

    private FluxException noDriver() {
        String redacted = Redactor.redactUrl(url);
        if (!url.startsWith("jdbc:")) {
            return new FluxException(ErrorCode.CONNECT, "'" + redacted + "' is not a JDBC URL; it must start with"
                    + " jdbc:, for example jdbc:h2:mem:app or jdbc:postgresql://localhost:5432/app");
        }
        return new FluxException(ErrorCode.CONNECT, "no JDBC driver for " + redacted + " on the class path; add"
                + " the driver dependency (" + exampleDriver() + ")");
    }

    /** Which driver to add, for the URL's database; never a guess at another database's driver. */
    private String exampleDriver() {
        if (url.startsWith("jdbc:postgresql:")) {
            return "for example org.postgresql:postgresql";
        } else if (url.startsWith("jdbc:oracle:")) {
            return "for example com.oracle.database.jdbc:ojdbc11";
        } else if (url.startsWith("jdbc:h2:")) {
            return "for example com.h2database:h2";
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return "for example org.mariadb.jdbc:mariadb-java-client, or com.mysql:mysql-connector-j";
        }
        int end = url.indexOf(':', "jdbc:".length());
        return "the one your database's vendor publishes for " + (end < 0 ? url : url.substring(0, end + 1)) + " URLs";
    }

    private FluxException failure(SQLException e, String user, String password) {
        List<String> secrets = new ArrayList<>(Redactor.secretsIn(url));
        secrets.add(password);
        return SqlFailure.of(ErrorCode.CONNECT, e)
                .scrubbing(message -> Redactor.scrub(message, secrets.toArray(String[]::new)))
                .exception("cannot connect to " + Redactor.redactUrl(url) + (user == null ? "" : " as user '" + user
                        + "'"), h2FileInUse(e) ? "Another process has this H2 database file open (an IDE's database"
                        + " console, another terminal, a running application). Close it, or add ;AUTO_SERVER=TRUE to"
                        + " the URL of every process that opens the file, so that they can share it"
                        : "Check the url, user and password ([connection] in flux.toml, flux.url/flux.user/"
                        + "flux.password, FLUX_URL/FLUX_USER/FLUX_PASSWORD) and that the database server is running"
                        + " and reachable");
    }

    /**
     * Whether H2 refused to open a file shared with {@code AUTO_SERVER=TRUE} only because another process is
     * opening it at this moment: H2 could not take over its lock file ("Lock file recently modified", "Another
     * process was faster": error 8000), it is held while that process
     * starts its server (90020), or names a server whose process just ended or is ending (90067, 90098,
     * 90121). A moment later the file can be opened, or opened through the new server.
     */
    private boolean sharedH2FileBusy(SQLException e) {
        int code = e.getErrorCode();
        return url.startsWith("jdbc:h2:") && url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=TRUE")
                && (code == 90020 || code == 90067 || code == 90098 || code == 90121 || code == 8000);
    }

    /** Waits 20 to 200 ms, a different time in each process so that they do not retry in step; false if interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 200));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** H2's "database may be already in use" (error 90020): the file is locked by another process. */
    private boolean h2FileInUse(SQLException e) {
        return url.startsWith("jdbc:h2:") && e.getErrorCode() == 90020;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("DriverDataSource does not use java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("DriverDataSource is not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** The redacted URL only. */
    @Override
    public String toString() {
        return "DriverDataSource[" + Redactor.redactUrl(url) + "]";
    }
}
