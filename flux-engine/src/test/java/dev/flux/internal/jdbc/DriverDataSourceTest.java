package dev.flux.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverDataSourceTest {
    private static final String WRONG_PASSWORD = "Wrong-Pw-Quokka-91";

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void connectsToH2ThroughTheDriverOnTheClassLoader() throws SQLException {
        DriverDataSource dataSource = new DriverDataSource("jdbc:h2:mem:connects", "sa", "", loader);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void wrongPasswordIsConnectWithoutThePasswordAndWithAScrubbedCause() throws SQLException {
        String url = "jdbc:h2:mem:auth;DB_CLOSE_DELAY=-1";
        try (Connection admin = DriverManager.getConnection(url, "sa", "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER app PASSWORD 'Right-Pw-77'");
        }

        FluxException e = catchThrowableOfType(FluxException.class,
                () -> new DriverDataSource(url, "app", WRONG_PASSWORD, loader).getConnection());

        assertThat(e.code()).isEqualTo(ErrorCode.CONNECT);
        assertThat(e.sqlState()).hasValue("28000");
        assertScrubbedStandIn(e, "28000");
        assertThat(e.getMessage())
                .contains("cannot connect to jdbc:h2:mem:auth;DB_CLOSE_DELAY=-1 as user 'app': [SQLState 28000")
                .contains("Check the url, user and password")
                .doesNotContain(WRONG_PASSWORD)
                .doesNotContain("Right-Pw-77");
    }

    @Test
    void passwordInTheUrlIsRedactedInErrorsAndToString() {
        String url = "jdbc:h2:mem:urlpw;IFEXISTS=TRUE;PASSWORD=" + WRONG_PASSWORD;
        DriverDataSource dataSource = new DriverDataSource(url, "sa", null, loader);

        FluxException e = catchThrowableOfType(FluxException.class, dataSource::getConnection);

        assertThat(e.code()).isEqualTo(ErrorCode.CONNECT);
        assertScrubbedStandIn(e, e.sqlState().orElseThrow());
        assertThat(e.getMessage()).contains("PASSWORD=****").doesNotContain(WRONG_PASSWORD);
        assertThat(dataSource.toString())
                .isEqualTo("DriverDataSource[jdbc:h2:mem:urlpw;IFEXISTS=TRUE;PASSWORD=****]");
    }

    @Test
    void missingDriverOfAnUnknownDatabaseAsksForItsDriverWithoutSuggestingAnother() {
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> new DriverDataSource("jdbc:nosuchdb://u:" + WRONG_PASSWORD + "@db/app", null, null, loader)
                        .getConnection());

        assertThat(e.code()).isEqualTo(ErrorCode.CONNECT);
        assertThat(e.getMessage())
                .contains("no JDBC driver for jdbc:nosuchdb://u:****@db/app on the class path")
                .contains("add the driver dependency (the one your database's vendor publishes for jdbc:nosuchdb: URLs)")
                .doesNotContain("h2")
                .doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void aMysqlUrlWithoutItsDriverIsNeverToldToAddH2() {
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> new DriverDataSource("jdbc:mysql://db/app", null, null, loader).getConnection());

        assertThat(e.getMessage()).contains("org.mariadb.jdbc:mariadb-java-client, or com.mysql:mysql-connector-j")
                .doesNotContain("h2");
    }

    @Test
    void missingDriverOfAKnownDatabaseNamesItsArtifact() {
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> new DriverDataSource("jdbc:postgresql://db/app", null, null, loader).getConnection());

        assertThat(e.getMessage()).contains("add the driver dependency (for example org.postgresql:postgresql)");
    }

    @Test
    void missingUrlIsAConfigError() {
        FluxException e =
                catchThrowableOfType(FluxException.class, () -> new DriverDataSource(" ", null, null, loader));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains("no database URL given");
    }

    @Test
    void unwrapsToItselfOnly() throws SQLException {
        DataSource dataSource = new DriverDataSource("jdbc:h2:mem:wrap", null, null, loader);

        assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
        assertThat((Object) dataSource.unwrap(DriverDataSource.class)).isSameAs(dataSource);
        assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
        assertThatThrownBy(() -> dataSource.unwrap(Connection.class))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("not a wrapper for java.sql.Connection");
    }

    /** The driver's exception is not chained, only a stand-in with its SQLState and without the password. */
    private static void assertScrubbedStandIn(FluxException e, String sqlState) {
        assertThat(e.getCause()).isInstanceOfSatisfying(SQLException.class, standIn -> {
            assertThat(standIn.getClass()).isEqualTo(SQLException.class);
            assertThat(standIn.getSQLState()).isEqualTo(sqlState);
        });
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(WRONG_PASSWORD);
        }
    }

    @Test
    void theDriversNamedByTheUrlAreAskedFirstSoNoOtherIsCreated(@TempDir Path folder) throws Exception {
        Path services = Files.createDirectories(folder.resolve("META-INF/services"));
        Files.writeString(services.resolve(Driver.class.getName()), RefusingDriver.class.getName() + "\n");
        URLClassLoader driversFirstRefusing = new URLClassLoader(new URL[] {folder.toUri().toURL(),
            location(RefusingDriver.class), location(org.h2.Driver.class)}, ClassLoader.getPlatformClassLoader());
        System.clearProperty(RefusingDriver.CREATED);

        try (Connection c = new DriverDataSource("jdbc:h2:mem:named", "sa", "", driversFirstRefusing)
                .getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(System.getProperty(RefusingDriver.CREATED)).as("the refusing driver was created").isNull();

        assertThatThrownBy(() -> new DriverDataSource("jdbc:refusing:x", null, null, driversFirstRefusing)
                .getConnection()).hasMessageContaining("no JDBC driver for jdbc:refusing:x");
        assertThat(System.getProperty(RefusingDriver.CREATED)).as("asked when no other fits").isEqualTo("true");
        System.clearProperty(RefusingDriver.CREATED);
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
