package dev.flux.spring;

import dev.flux.Flux;
import dev.flux.Result;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The one INFO line start-up writes about the migration: what was applied, how long it took, where it ended. */
record MigrationLog(Flux flux) {
    private static final Log LOG = LogFactory.getLog(FluxMigrationInitializer.class);

    static MigrationLog of(Flux flux) {
        return new MigrationLog(flux);
    }

    void applied(Result result) {
        if (result.migrations().isEmpty()) {
            LOG.info("flux: database up to date at V" + result.version() + " (" + flux.backendName() + ")");
        } else {
            int n = result.migrations().size();
            LOG.info("flux: applied " + n + (n == 1 ? " migration" : " migrations") + " (" + String.join(", ",
                    result.migrations()) + ") in " + result.elapsed().toMillis() + " ms; database at V" + result.version() + " ("
                    + flux.backendName() + ")");
        }
    }
}
