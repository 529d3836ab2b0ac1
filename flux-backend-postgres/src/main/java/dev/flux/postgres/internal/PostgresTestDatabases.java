package dev.flux.postgres.internal;

import dev.flux.spi.ContainerImages;
import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.util.Optional;

/**
 * Test databases on PostgreSQL: a database per test class on the server of {@code flux.test.url}; without
 * it, on a server in a Testcontainers container, when the tests have {@code org.testcontainers:postgresql},
 * Docker answers and it has or can pull the image (else the tests are skipped, saying why). The image is {@value #DEFAULT_IMAGE} unless the system property
 * {@value #IMAGE_PROPERTY} names another.
 */
public final class PostgresTestDatabases implements TestDatabases {
    static final String IMAGE_PROPERTY = "flux.test.postgres.image";
    static final String DEFAULT_IMAGE = "postgres:16-alpine";
    private static final String TESTCONTAINERS = "org.testcontainers.containers.PostgreSQLContainer";

    @Override
    public TestServer server(String url, String user, String password) {
        return new PostgresTestServer(url, user, password);
    }

    @Override
    public Optional<TestServer> localServer() {
        return containerUnavailable().isPresent() ? Optional.empty() : Optional.of(PostgresContainer.start(image()));
    }

    @Override
    public String localServerHint() {
        return "for example -Dflux.test.url=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (the user"
                + " needs the CREATEDB privilege); or add org.testcontainers:postgresql to the test dependencies"
                + " and start Docker, so that Testcontainers can run " + image() + " (-D" + IMAGE_PROPERTY
                + "=... picks another image)" + containerUnavailable().map(why -> "; here " + why).orElse("");
    }

    /**
     * Why no container of the image can be started here (Testcontainers missing, no Docker engine, or the
     * image neither present nor pullable), or empty when one can. Probes Docker once per image and run.
     */
    public static Optional<String> containerUnavailable() {
        return testcontainersPresent() ? ContainerImages.unavailable(image())
                : Optional.of("org.testcontainers:postgresql is not on the test class path");
    }

    static String image() {
        String image = System.getProperty(IMAGE_PROPERTY, "").strip();
        return image.isEmpty() ? DEFAULT_IMAGE : image;
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS, false, PostgresTestDatabases.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
