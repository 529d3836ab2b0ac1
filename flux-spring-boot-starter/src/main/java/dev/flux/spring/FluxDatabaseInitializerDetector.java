package dev.flux.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link FluxMigrationInitializer} initialises the database, so that JPA, JDBC templates,
 * jOOQ and Spring's own SQL initialisation wait for it. Registered in {@code META-INF/spring.factories}.
 */
class FluxDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(FluxMigrationInitializer.class);
    }

    /** Before Spring's SQL initialisation, as Flyway and Liquibase are. */
    @Override
    public int getOrder() {
        return 1;
    }
}
