package dev.flux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** What Spring Boot finds in the starter's jar without being told: the auto-configurations and the factories. */
class RegistrationTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void theAutoConfigurationsAreListedInTheImportsFile() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, loader).getCandidates())
                .contains(FluxAutoConfiguration.class.getName(), FluxEndpointAutoConfiguration.class.getName());
    }

    @Test
    void theDetectorAndTheFailureAnalyzerAreInSpringFactories() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(loader).load(DatabaseInitializerDetector.class))
                .anyMatch(FluxDatabaseInitializerDetector.class::isInstance);
        // Spring Boot's own analyzers need constructor arguments that only an application gives them.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(loader).load(FailureAnalyzer.class,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
                .anyMatch(FluxFailureAnalyzer.class::isInstance);
    }
}
