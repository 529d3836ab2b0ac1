package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.spi.MigrationBackend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock is bound to a session: a killed migrator process never leaves it behind. */
class H2LockProcessTest {
    @TempDir
    Path dir;

    @Test
    void lockOfAKilledProcessIsReleased() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        Process holder = start(url);
        try {
            MigrationBackend waiting = TestDatabase.at(url).backend(Duration.ofSeconds(1), Map.of());
            try {
                assertThatThrownBy(waiting.migrationLock()::lock).hasMessageContaining("FLUX-LOCK")
                        .hasMessageContaining("flux-test (process " + holder.pid() + "), H2 session");
            } finally {
                waiting.close();
            }
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            MigrationBackend next = TestDatabase.at(url).backend(Duration.ofSeconds(30), Map.of());
            try {
                assertThatCode(next.migrationLock()::lock).doesNotThrowAnyException();
                next.migrationLock().check();
            } finally {
                next.close();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void lockOfAKilledRemoteClientIsReleasedByTheServer() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        TestDatabase db = TestDatabase.at(url);
        try (Connection server = db.getConnection()) {
            Process holder = start(url);
            try {
                MigrationBackend waiting = db.backend(Duration.ofSeconds(1), Map.of());
                try {
                    assertThatThrownBy(waiting.migrationLock()::lock)
                            .hasMessageContaining("flux-test (process " + holder.pid() + "), H2 session")
                            .hasMessageContaining("connected from");
                } finally {
                    waiting.close();
                }
                holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                MigrationBackend next = db.backend(Duration.ofSeconds(30), Map.of());
                try {
                    assertThatCode(next.migrationLock()::lock).doesNotThrowAnyException();
                } finally {
                    next.close();
                }
            } finally {
                holder.destroyForcibly();
            }
            assertThat(server.isValid(1)).isTrue();
        }
    }

    @Test
    void aFileThatAnotherProcessHoldsOpenGetsAHintForH2() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Process holder = start(url);
        try (Flux flux = Flux.builder().backend("h2").url(url).user("sa")
                .migrationDirectory(Files.createDirectories(dir.resolve("migrations"))).build()) {
            assertThatThrownBy(flux::status)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECT))
                    .hasMessageContaining("Another process has this H2 database file open")
                    .hasMessageContaining("add ;AUTO_SERVER=TRUE to the URL of every process");
        } finally {
            holder.destroyForcibly();
        }
    }

    private static Process start(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-cp", classPath, LockHoldingProcess.class.getName(), url)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            if (line.equals("locked")) {
                return p;
            }
            seen.append(line).append('\n');
        }
        p.destroyForcibly();
        throw new AssertionError("the lock holding process ended without taking the lock:\n" + seen);
    }
}
