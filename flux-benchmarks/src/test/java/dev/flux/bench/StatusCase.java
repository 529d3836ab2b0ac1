package dev.flux.bench;

import dev.flux.Flux;
import org.flywaydb.core.Flyway;

/** Case 2: {@code status} and {@code validate} over N applied migrations, flux against Flyway. */
final class StatusCase {
    private StatusCase() {
    }

    static void run(Report report, int n, int repetitions) throws Exception {
        MigrationSet set = MigrationSet.create(n);
        String status = "status, " + n + " applied migrations, H2 in memory";
        String validate = "validate, " + n + " applied migrations, H2 in memory";
        Measurement fluxStatus = new Measurement(status, "flux status");
        Measurement flywayInfo = new Measurement(status, "Flyway 13.12.0 info");
        Measurement fluxValidate = new Measurement(validate, "flux validate");
        Measurement flywayValidate = new Measurement(validate, "Flyway 13.12.0 validate");
        System.out.println("== " + status + " / validate");
        try (Database forFlux = Database.Kind.H2_MEM.fresh(); Database forFlyway = Database.Kind.H2_MEM.fresh()) {
            Tool.FLUX.migrate(set, forFlux);
            Tool.FLYWAY.migrate(set, forFlyway);
            for (int rep = 0; rep < 1 + repetitions; rep++) {
                boolean keep = rep > 0;
                time(keep ? fluxStatus : null, () -> {
                    try (Flux flux = Tool.flux(set, forFlux)) {
                        if (flux.status().migrations().size() != n) {
                            throw new IllegalStateException("flux status saw the wrong count");
                        }
                    }
                });
                time(keep ? flywayInfo : null, () -> {
                    Flyway flyway = Tool.flyway(set, forFlyway);
                    if (flyway.info().applied().length != n) {
                        throw new IllegalStateException("Flyway info saw the wrong count");
                    }
                });
                time(keep ? fluxValidate : null, () -> {
                    try (Flux flux = Tool.flux(set, forFlux)) {
                        flux.validate();
                    }
                });
                time(keep ? flywayValidate : null, () -> Tool.flyway(set, forFlyway).validate());
            }
        }
        report.add(fluxStatus);
        report.add(flywayInfo);
        report.add(fluxValidate);
        report.add(flywayValidate);
        Benchmarks.delete(set.directory);
    }

    private static void time(Measurement into, Runnable run) {
        long start = System.nanoTime();
        run.run();
        if (into != null) {
            into.add((System.nanoTime() - start) / 1e6);
        }
    }
}
