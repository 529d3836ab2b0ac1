package dev.flux.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * After each test, returns the database to the version it had before the test (before its
 * {@link MigrateTo}), with undo scripts going down or migrations going up. The data stays. A migration
 * without undo on the way fails the test with {@code FLUX-NO-UNDO}. On a class, it applies to every test
 * of the class and of its {@code @Nested} classes.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RollbackAfter {
}
