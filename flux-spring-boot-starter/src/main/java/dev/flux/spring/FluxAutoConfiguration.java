package dev.flux.spring;

import dev.flux.Flux;
import dev.flux.JavaMigration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database with flux when it starts, like Spring Boot's own Flyway support: when a
 * {@link DataSource} exists (or {@code flux.url} is set) and {@code flux.enabled} is not false. Ordered after
 * the DataSource auto-configuration under its Spring Boot 3 and 4 names; beans that use the database wait for
 * the migration.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Flux.class)
@ConditionalOnProperty(prefix = "flux", name = "enabled", matchIfMissing = true)
@Conditional(FluxAutoConfiguration.DataSourceOrUrl.class)
@EnableConfigurationProperties(FluxProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class FluxAutoConfiguration {
    /** The configured {@link Flux}; closed with the application context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Flux flux(FluxProperties properties, ObjectProvider<DataSource> dataSources,
                     @FluxDataSource ObjectProvider<DataSource> fluxDataSource,
                     ObjectProvider<FluxConfigurationCustomizer> customizers,
                     ObjectProvider<JavaMigration> javaMigrations, ResourceLoader resourceLoader) {
        ClassLoader loader = resourceLoader.getClassLoader();
        Flux.Builder builder = new FluxBuilderFactory(properties, loader)
                .builder(fluxDataSource.getIfAvailable(), dataSources);
        builder.javaMigrations(javaMigrations.orderedStream().toArray(JavaMigration[]::new));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Runs the migration strategy at start-up; what the database initialisation of other beans waits for. */
    @Bean
    @ConditionalOnMissingBean
    public FluxMigrationInitializer fluxMigrationInitializer(Flux flux, FluxProperties properties,
                                                             ObjectProvider<FluxMigrationStrategy> strategy) {
        return new FluxMigrationInitializer(flux, strategy.getIfAvailable(() -> defaultStrategy(properties)));
    }

    /** Validates unless told not to, then migrates to {@code flux.target}, or to the latest version. */
    static FluxMigrationStrategy defaultStrategy(FluxProperties properties) {
        return flux -> {
            if (properties.isValidateOnMigrate()) {
                flux.validate();
            }
            String target = properties.getTarget();
            MigrationLog.of(flux).applied(target == null || target.isBlank() ? flux.migrate() : flux.migrateTo(target));
        };
    }

    /** A DataSource bean, or {@code flux.url}. */
    static final class DataSourceOrUrl extends AnyNestedCondition {
        DataSourceOrUrl() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "flux", name = "url")
        static final class FluxUrl {
        }
    }
}
