/**
 * Spring Boot auto-configuration for flux: migrates the application's database at start-up, before JPA, JDBC
 * templates and SQL initialisation; {@code flux.*} properties ({@link dev.flux.spring.FluxProperties}),
 * {@link dev.flux.spring.FluxDataSource}, {@link dev.flux.spring.FluxMigrationStrategy},
 * {@link dev.flux.spring.FluxConfigurationCustomizer} and the {@code flux} Actuator endpoint.
 */
package dev.flux.spring;
