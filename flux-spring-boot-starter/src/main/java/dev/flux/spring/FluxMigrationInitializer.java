package dev.flux.spring;

import dev.flux.Flux;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link FluxMigrationStrategy} on the {@link Flux} bean when the application starts. Beans that use
 * the database (JPA, JDBC templates, SQL initialisation) wait for it; afterwards the connections flux took are
 * given back.
 */
public class FluxMigrationInitializer implements InitializingBean {
    private final Flux flux;
    private final FluxMigrationStrategy strategy;

    public FluxMigrationInitializer(Flux flux, FluxMigrationStrategy strategy) {
        this.flux = Objects.requireNonNull(flux, "flux");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public void afterPropertiesSet() {
        synchronized (flux) {
            try {
                strategy.migrate(flux);
            } finally {
                flux.close();
            }
        }
    }
}
