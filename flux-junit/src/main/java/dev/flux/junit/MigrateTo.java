package dev.flux.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts the database at exactly this version before each test: up with the migrations, or down with their
 * undo scripts. On a class, it applies to every test of the class and of its {@code @Nested} classes
 * that does not say otherwise; the nearest annotation wins (method, class, enclosing classes).
 *
 * <p>The move may be served from a copy of the database kept at that version, so rows written by
 * earlier tests need not survive it. Set up the data a test needs in the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MigrateTo {
    /** The target: a version ({@code "V5"}, {@code "5"}, {@code "V2.1"}), a full id, or {@code "0"} for empty. */
    String value();
}
