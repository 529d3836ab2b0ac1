package dev.flux.h2;

import dev.flux.spi.MigrationBackend;
import java.time.Duration;
import java.util.Map;

/**
 * Run in a separate JVM by {@link H2LockProcessTest}: takes the migration lock on the database at
 * {@code args[0]}, prints {@code locked}, and holds it until killed.
 */
public final class LockHoldingProcess {
    private LockHoldingProcess() {
    }

    public static void main(String[] args) throws Exception {
        MigrationBackend backend = TestDatabase.at(args[0]).backend(Duration.ofSeconds(10), Map.of());
        backend.migrationLock().lock();
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
