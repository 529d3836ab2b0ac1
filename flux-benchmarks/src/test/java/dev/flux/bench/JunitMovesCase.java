package dev.flux.bench;

import dev.flux.Flux;
import dev.flux.junit.internal.ClassDatabase;
import dev.flux.junit.internal.Settings;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * Case 3 (issue #5): a test class of N tests over a chain of M migrations, each test moving the database
 * to a random version (fixed seed) and writing a row there. flux-junit serves the moves as
 * {@code @MigrateTo} does, through its engine-side API, with and without copies of kept versions; the
 * baseline gives every test a fresh database migrated from empty. One sample is the whole class.
 */
final class JunitMovesCase {
    private JunitMovesCase() {
    }

    static void run(Report report, Database.Kind kind, int tests, int migrations, int repetitions) throws Exception {
        Path project = project(kind == Database.Kind.POSTGRES ? "postgres" : "h2", migrations);
        List<Integer> targets = new Random(42).ints(tests, 1, migrations + 1).boxed().toList();
        String name = tests + " tests over " + migrations + " migrations, random versions, " + kind.label;
        Measurement copies = new Measurement(name, "flux-junit @MigrateTo (moves + databases kept + copies)");
        Measurement incremental = new Measurement(name, "flux-junit @MigrateTo, one database, copies off (moves only)");
        Measurement fresh = new Measurement(name, "fresh database + migrate from empty, per test");
        System.out.println("== " + name);
        try (TestServer server = server(kind)) {
            for (int rep = 0; rep < 1 + repetitions; rep++) {
                boolean keep = rep > 0;
                time(keep ? copies : null, () -> extension(server, project, targets, true));
                time(keep ? incremental : null, () -> extension(server, project, targets, false));
                time(keep ? fresh : null, () -> freshPerTest(server, project, targets));
            }
        }
        report.add(copies);
        report.add(incremental);
        report.add(fresh);
        Benchmarks.delete(project.getParent());
    }

    private static void extension(TestServer server, Path config, List<Integer> targets, boolean copies)
            throws Exception {
        Settings settings = Settings.of(config, true, key -> switch (key) {
            case "flux.test.copies" -> Optional.of(String.valueOf(copies));
            case "flux.test.pool" -> copies ? Optional.empty() : Optional.of("1");
            default -> Optional.empty();
        });
        try (ClassDatabase db = ClassDatabase.open(server, settings, "bench")) {
            for (int i = 0; i < targets.size(); i++) {
                db.moveForTest("V" + targets.get(i));
                test(db.dataSource(), targets.get(i), i);
            }
            if (copies) {
                System.out.printf("   moves + copies: %d databases kept, %d templates kept, %d moves served by a copy%n",
                        db.databasesKept(), db.templatesKept(), db.copiesUsed());
            }
        }
    }

    private static void freshPerTest(TestServer server, Path config, List<Integer> targets) throws Exception {
        for (int i = 0; i < targets.size(); i++) {
            try (TestDatabase db = server.create("bench");
                 Flux flux = Flux.builder().config(config).withoutConnectionSettings().dataSource(db.dataSource())
                         .build()) {
                flux.migrateTo("V" + targets.get(i));
                test(db.dataSource(), targets.get(i), i);
            }
        }
    }

    /** What each test does at its version: writes a row and reads the table. */
    private static void test(DataSource source, int version, int test) throws Exception {
        try (Connection c = source.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO table_" + version + " (id, name) VALUES (?, ?)");
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM table_" + version)) {
            insert.setInt(1, 1000 + test);
            insert.setString(2, "test " + test);
            insert.executeUpdate();
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
            }
        }
    }

    /** M migrations, each a table with an index and a row, each with its undo; returns the flux.toml. */
    private static Path project(String backend, int migrations) throws Exception {
        Path dir = Files.createTempDirectory("flux-bench-junit-");
        Path scripts = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 1; i <= migrations; i++) {
            Files.writeString(scripts.resolve("V" + i + "__table_" + i + ".sql"), "CREATE TABLE table_" + i
                    + " (id INT PRIMARY KEY, name VARCHAR(50));\nCREATE INDEX idx_table_" + i + " ON table_" + i
                    + " (name);\nINSERT INTO table_" + i + " (id, name) VALUES (1, 'row " + i + "');\n");
            Files.writeString(scripts.resolve("V" + i + "__table_" + i + ".undo.sql"), "DROP TABLE table_" + i + ";\n");
        }
        return Files.writeString(dir.resolve("flux.toml"), "[flux]\nbackend = \"" + backend
                + "\"\nmigration_directory = \"migrations\"\n");
    }

    /** The test server flux-junit would use: H2's embedded one, or the PostgreSQL of FLUX_TEST_POSTGRES_URL. */
    private static TestServer server(Database.Kind kind) {
        String backend = kind == Database.Kind.POSTGRES ? "postgres" : "h2";
        TestDatabases databases = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(backend)).findFirst().orElseThrow().testDatabases().orElseThrow();
        if (kind == Database.Kind.POSTGRES) {
            return databases.server(System.getenv().getOrDefault("FLUX_TEST_POSTGRES_URL",
                    "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"), null, null);
        }
        return databases.localServer().orElseThrow();
    }

    private static void time(Measurement into, Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        if (into != null) {
            into.add((System.nanoTime() - start) / 1e6);
        }
    }

    private interface Run {
        void run() throws Exception;
    }
}
