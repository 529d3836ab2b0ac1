package dev.flux.postgres.internal;

import dev.flux.spi.ContainerImages;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.SQLException;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL server in a Testcontainers container, for test runs without {@code flux.test.url}: one per
 * run, with a database per test class as on any {@link PostgresTestServer}; stopped when the run ends.
 * Only loaded when Testcontainers is on the class path. Durability is switched off: nothing in it
 * outlives the run.
 */
final class PostgresContainer implements TestServer {
    private final PostgreSQLContainer<?> container;
    private final String image;
    private final PostgresTestServer server;

    private PostgresContainer(PostgreSQLContainer<?> container, String image) {
        this.container = container;
        this.image = image;
        this.server = new PostgresTestServer(container.getJdbcUrl(), container.getUsername(),
                container.getPassword());
    }

    /**
     * A started container of {@code image}, which Docker has or can pull ({@link ContainerImages}); a container
     * that fails to start even so is an error.
     */
    static TestServer start(String image) {
        PostgreSQLContainer<?> container = null;
        try {
            container = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                    .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off",
                            "-c", "full_page_writes=off");
            container.start();
        } catch (RuntimeException e) {
            if (container != null) {
                container.close();
            }
            throw new IllegalStateException("Docker has " + image + ", but Testcontainers could not start a"
                    + " PostgreSQL container of it: " + rootMessage(e) + ". Name another image with -D"
                    + PostgresTestDatabases.IMAGE_PROPERTY + "=..., or set flux.test.url.", e);
        }
        return new PostgresContainer(container, image);
    }

    @Override
    public String description() {
        return "PostgreSQL in a Testcontainers container of " + image + " at " + container.getJdbcUrl();
    }

    @Override
    public TestDatabase create(String label) throws SQLException {
        return server.create(label);
    }

    @Override
    public boolean canCopy() {
        return true;
    }

    @Override
    public TestDatabase copy(TestDatabase source, String label) throws SQLException {
        return server.copy(source, label);
    }

    @Override
    public void close() {
        container.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
