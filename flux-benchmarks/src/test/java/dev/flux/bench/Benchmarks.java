package dev.flux.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks and prints one table. The argument names the cases to run, comma-separated:
 * {@code apply}, {@code status}, {@code junit} (H2), {@code junit-postgres} (about 10 minutes),
 * {@code maven}, {@code cli} (start-up of the command line next to Maven's), {@code all} (the default: all
 * but {@code junit-postgres}), or one apply case as {@code apply=<H2_MEM|H2_FILE|POSTGRES|MARIADB>/
 * <migrations>/<repetitions>}.
 */
public final class Benchmarks {
    /** Runs per case that are not counted, so that the JIT has warmed up before the first counted one. */
    private static final int WARMUPS = 3;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> cases = Set.of(args.length == 0 ? new String[] {"all"} : args[0].split(","));
        boolean all = cases.contains("all");
        printMachine();
        Report report = new Report();
        if (all || cases.contains("apply")) {
            for (Database.Kind kind : List.of(Database.Kind.H2_MEM, Database.Kind.H2_FILE, Database.Kind.POSTGRES)) {
                if (kind == Database.Kind.H2_FILE) {
                    apply(report, kind, 1_000, 5, Tool.FLUX, Tool.FLYWAY, Tool.FLOOR, Tool.PROTOCOL_FLOOR);
                } else if (kind != Database.Kind.POSTGRES || available(kind)) {
                    apply(report, kind, 1_000, 5);
                }
            }
            if (available(Database.Kind.MARIADB)) {
                // every CREATE TABLE is a file on disk here: 1,000 migrations take tens of seconds per run
                apply(report, Database.Kind.MARIADB, 1_000, 3);
            }
            apply(report, Database.Kind.H2_MEM, 100, 10);
            // One Flyway migrate of 10,000 migrations had not finished after 17 minutes here: it refreshes its
            // migration info after every migration. At that size only flux and the floor are measured.
            apply(report, Database.Kind.H2_MEM, 10_000, 3, Tool.FLUX, Tool.FLOOR);
        }
        for (String custom : cases) {
            if (custom.startsWith("apply=")) {
                String[] p = custom.substring("apply=".length()).split("/");
                Database.Kind kind = Database.Kind.valueOf(p[0]);
                apply(report, kind, Integer.parseInt(p[1]), Integer.parseInt(p[2]), kind == Database.Kind.H2_FILE
                        ? new Tool[] {Tool.FLUX, Tool.FLYWAY, Tool.FLOOR, Tool.PROTOCOL_FLOOR}
                        : new Tool[] {Tool.FLUX, Tool.FLYWAY, Tool.FLOOR});
            }
        }
        if (all || cases.contains("status")) {
            StatusCase.run(report, 10_000, 5);
        }
        if (all || cases.contains("junit")) {
            JunitMovesCase.run(report, Database.Kind.H2_MEM, 200, 50, 5);
        }
        if (cases.contains("junit-postgres") && available(Database.Kind.POSTGRES)) {
            JunitMovesCase.run(report, Database.Kind.POSTGRES, 200, 50, 3);
        }
        if (all || cases.contains("maven")) {
            MavenCase.run(report, 100, 5);
        }
        if (all || cases.contains("cli")) {
            CliCase.run(report, 10);
        }
        report.print(System.out);
    }

    /**
     * Case 1: N migrations applied to an empty database, each tool in turn (all of them unless named),
     * repetition by repetition.
     */
    static void apply(Report report, Database.Kind kind, int n, int repetitions, Tool... only) throws Exception {
        Tool[] tools = only.length == 0 ? new Tool[] {Tool.FLUX, Tool.FLYWAY, Tool.FLOOR} : only;
        MigrationSet set = MigrationSet.create(n);
        String name = "apply " + n + " migrations, " + kind.label;
        List<Measurement> rows = Arrays.stream(tools).map(t -> new Measurement(name, t.label)).toList();
        System.out.println("== " + name);
        for (int rep = 0; rep < WARMUPS + repetitions; rep++) {
            for (int t = 0; t < tools.length; t++) {
                try (Database db = kind.fresh()) {
                    long start = System.nanoTime();
                    tools[t].migrate(set, db);
                    double millis = (System.nanoTime() - start) / 1e6;
                    if (rep >= WARMUPS) {
                        rows.get(t).add(millis);
                    }
                }
            }
        }
        rows.forEach(report::add);
        rows.forEach(m -> System.out.printf("   %-16s median %.0f ms%n", m.tool, m.median()));
        delete(set.directory);
    }

    static boolean available(Database.Kind kind) {
        try (Database db = kind.fresh(); Connection c = db.dataSource().getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            System.out.println("== " + kind.label + " not reachable (" + e.getMessage() + "); its cases are left out");
            return false;
        }
    }

    private static void printMachine() {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("machine: %d cores, %d MiB max heap, %s %s, Java %s (%s), %s%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (Database.Kind kind : Database.Kind.values()) {
            System.out.println("database: " + kind.label + ": " + version(kind));
        }
    }

    /** The product name and version the database reports, or why it cannot be asked. */
    private static String version(Database.Kind kind) {
        try (Database db = kind.fresh(); Connection c = db.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            return "not reachable (" + e.getMessage() + ")";
        }
    }

    static void delete(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
