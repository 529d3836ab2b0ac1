package dev.flux.reliability;

import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.FluxListener;
import dev.flux.RepairResult;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.spi.MigrationBackend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A migrator in a JVM of its own, started by {@link ChildJvm}:
 * {@code <command> <flux.toml> [await | stop-before=<n>.<k> | stop-after=<n>.<k>]}.
 * Commands: {@code migrate}, {@code repair}, {@code hold-lock} (takes the migration lock through the
 * backend SPI, prints {@code locked} and keeps it until killed), and {@code warm-up} (see
 * {@link ChildJvm}). With {@code await} it prints {@code ready} once built and waits for a line on
 * standard input before it starts. With a {@link StopPoint} it connects through the {@link StoppingDriver},
 * so it prints {@code stopped before|after V<n> statement <k>} there and hangs until killed. It prints
 * {@code started} when the command begins and {@code applied <n>} at the end; exit code 0 on success, 1
 * on a {@link FluxException} (its message on standard error), 2 on anything else.
 */
public final class MigrateProcess {
    private MigrateProcess() {
    }

    public static void main(String[] args) {
        int code;
        try {
            String option = args.length > 2 ? args[2] : "";
            code = run(args[0], Path.of(args[1]), option.equals("await"), StopPoint.parse(option));
        } catch (FluxException e) {
            System.err.println(e.getMessage());
            code = 1;
        } catch (Throwable e) {
            e.printStackTrace();
            code = 2;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    private static int run(String command, Path config, boolean await, StopPoint stop) throws Exception {
        if (command.equals("warm-up")) {
            warmUp(config);
            return 0;
        }
        if (command.equals("hold-lock")) {
            holdLock(config);
            return 0;
        }
        Flux.Builder builder = Flux.builder().config(config).listener(new Printer());
        if (stop != null) {
            builder.classLoader(StoppingDriver.loader(stop));
        }
        try (Flux flux = builder.build()) {
            if (await) {
                System.out.println("ready");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            System.out.println("started");
            System.out.flush();
            if (command.equals("repair")) {
                RepairResult repaired = flux.repair();
                System.out.println("repaired " + repaired.removedFailedRows());
            } else {
                Result result = flux.migrate();
                System.out.println("applied " + result.migrations().size() + " " + result.migrations()
                        + "; database at V" + result.version());
            }
        }
        return 0;
    }

    private static void holdLock(Path config) throws InterruptedException {
        MigrationBackend backend = Backends.open(config, Duration.ofSeconds(30), "flux-holder");
        backend.migrationLock().lock();
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Runs what a migrator runs, once, so that {@link ChildJvm} can archive the classes it loads: the
     * migration set on an in-memory H2 database, and the PostgreSQL driver loaded.
     */
    private static void warmUp(Path folder) throws Exception {
        MigrationSet.write(folder);
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(folder).url("jdbc:h2:mem:warm-up")
                .listener(new Printer()).build()) {
            flux.migrate();
            flux.snapshot();
        }
        Class.forName("org.postgresql.Driver");
        Class.forName("dev.flux.postgres.PostgresBackendProvider");
    }

    /** Prints each step, so that a test sees how far a migrator got. */
    private static final class Printer implements FluxListener {
        @Override
        public void stepStarted(Step step) {
            System.out.println("step " + step.kind() + " " + step.id());
        }

        @Override
        public void stepFinished(Step step, Duration elapsed) {
            System.out.println("done " + step.id() + " (" + elapsed.toMillis() + " ms)");
        }
    }
}
