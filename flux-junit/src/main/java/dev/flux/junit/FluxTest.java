package dev.flux.junit;

import dev.flux.junit.internal.DatabaseLocks;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class against a database of its own, migrated with the project's {@code flux.toml}.
 *
 * <p>The database is, first that applies: the one {@code flux.test.url} names (system property or JUnit
 * configuration parameter, with {@code flux.test.user} and {@code flux.test.password}), on which a new
 * database is created for the class; the backend's embedded database (H2: a new in-memory database); a
 * container the backend starts where Docker is available. With none, the class is skipped with a message
 * that says how to provide one. The connection settings of {@code flux.toml} ({@code [connection]},
 * {@code flux.url}, {@code FLUX_URL}) are never used. The database starts empty and is dropped after the
 * class; {@code @Nested} classes share it, and its tests run one at a time.
 *
 * <p>Test methods, lifecycle methods and constructors may take a {@link java.sql.Connection}, a
 * {@link javax.sql.DataSource} or a {@link FluxDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FluxExtension.class)
@ResourceLock(providers = DatabaseLocks.class)
public @interface FluxTest {
    /** The project's {@code flux.toml}, relative to the working directory (Maven: the module's folder). */
    String config() default "flux.toml";

    /**
     * Whether the {@code pre-apply/} and {@code post-apply/} scripts run around moves. Turn them off for
     * tests whose repeatables only fit the latest schema.
     */
    boolean repeatables() default true;
}
