package dev.flux.junit;

import dev.flux.junit.internal.TypeNames;
import dev.flux.spi.SchemaSnapshot.Column;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one column; reached with {@link TableAssert#hasColumn(String)}. */
public final class ColumnAssert extends AbstractAssert<ColumnAssert, Column> {
    private final TableAssert table;

    ColumnAssert(Column actual, TableAssert table) {
        super(actual, ColumnAssert.class);
        this.table = table;
    }

    /**
     * Asserts the type, ignoring case, spacing and common synonyms ({@code varchar} is
     * {@code CHARACTER VARYING}); a type without parameters matches any length or precision.
     */
    public ColumnAssert ofType(String type) {
        if (!TypeNames.matches(type, actual.type())) {
            failWithMessage("Expecting column %s to be of type %s, but it is %s", name(), type, actual.type());
        }
        return this;
    }

    public ColumnAssert isNullable() {
        if (!actual.nullable()) {
            failWithMessage("Expecting column %s to be nullable, but it is NOT NULL", name());
        }
        return this;
    }

    public ColumnAssert isNotNull() {
        if (actual.nullable()) {
            failWithMessage("Expecting column %s to be NOT NULL, but it is nullable", name());
        }
        return this;
    }

    /** Asserts the default expression as the database reports it, ignoring case and surrounding spaces. */
    public ColumnAssert hasDefault(String expression) {
        String have = actual.defaultValue();
        if (have == null || !have.strip().equalsIgnoreCase(expression.strip())) {
            failWithMessage("Expecting column %s to have default %s, but it has %s", name(), expression,
                    have == null ? "none" : have);
        }
        return this;
    }

    public ColumnAssert hasNoDefault() {
        if (!Objects.isNull(actual.defaultValue())) {
            failWithMessage("Expecting column %s to have no default, but it has %s", name(), actual.defaultValue());
        }
        return this;
    }

    /** Continues with another column of the same table. */
    public ColumnAssert hasColumn(String name) {
        return table.hasColumn(name);
    }

    /** Back to the table. */
    public TableAssert and() {
        return table;
    }

    private String name() {
        return table.actual().name() + "." + actual.name();
    }
}
