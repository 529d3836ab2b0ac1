package dev.flux.junit;

import dev.flux.junit.internal.Names;
import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one table of a schema; reached with {@link SchemaAssert#table(String)}. */
public final class TableAssert extends AbstractAssert<TableAssert, Table> {
    private final SchemaAssert schema;

    TableAssert(Table actual, SchemaAssert schema) {
        super(actual, TableAssert.class);
        this.schema = schema;
    }

    /** Asserts that the column exists and continues with assertions on it. */
    public ColumnAssert hasColumn(String name) {
        Optional<Column> column = Names.find(actual.columns(), Column::name, name);
        if (column.isEmpty()) {
            failWithMessage("Expecting table %s to have a column %s, but it has: %s", actual.name(), name,
                    columns(actual));
        }
        return new ColumnAssert(column.get(), this);
    }

    public TableAssert hasColumns(String... names) {
        for (String name : names) {
            hasColumn(name);
        }
        return this;
    }

    public TableAssert hasNoColumn(String name) {
        Optional<Column> column = Names.find(actual.columns(), Column::name, name);
        if (column.isPresent()) {
            failWithMessage("Expecting table %s to have no column %s, but it has %s", actual.name(), name,
                    describe(column.get()));
        }
        return this;
    }

    public TableAssert hasIndex(String name) {
        if (Names.find(actual.indexes(), SchemaObject::name, name).isEmpty()) {
            failWithMessage("Expecting table %s to have an index %s, but %s", actual.name(), name, indexes());
        }
        return this;
    }

    public TableAssert hasNoIndex(String name) {
        Optional<SchemaObject> index = Names.find(actual.indexes(), SchemaObject::name, name);
        if (index.isPresent()) {
            failWithMessage("Expecting table %s to have no index %s, but it has %s %s", actual.name(), name,
                    index.get().name(), index.get().definition());
        }
        return this;
    }

    /** Asserts an index on exactly these columns, in this order, whatever its name. */
    public TableAssert hasIndexOn(String... columns) {
        String wanted = "(" + String.join(", ", columns).toUpperCase(Locale.ROOT) + ")";
        boolean found = actual.indexes().stream().map(SchemaObject::definition)
                .anyMatch(d -> d != null && d.toUpperCase(Locale.ROOT).contains(wanted));
        if (!found) {
            failWithMessage("Expecting table %s to have an index on %s, but %s", actual.name(),
                    Arrays.toString(columns), indexes());
        }
        return this;
    }

    public TableAssert hasPrimaryKey() {
        if (actual.constraints().stream().noneMatch(c -> c.kind().equals("primary key"))) {
            failWithMessage("Expecting table %s to have a primary key, but its constraints are: %s", actual.name(),
                    objects(actual.constraints()));
        }
        return this;
    }

    /** Continues with another table of the same schema. */
    public TableAssert table(String name) {
        return schema.table(name);
    }

    /** Back to the schema. */
    public SchemaAssert and() {
        return schema;
    }

    private String indexes() {
        return actual.indexes().isEmpty() ? "it has no index" : "it has " + objects(actual.indexes());
    }

    private static String objects(List<SchemaObject> all) {
        return all.isEmpty() ? "none"
                : all.stream().map(o -> o.name() + " " + o.definition()).collect(Collectors.joining(", "));
    }

    static String columns(Table table) {
        return table.columns().stream().map(TableAssert::describe).collect(Collectors.joining(", "));
    }

    static String describe(Table table) {
        return table.name() + " (" + columns(table) + ")";
    }

    static String describe(Column c) {
        return c.name() + " " + c.type() + (c.nullable() ? "" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue());
    }
}
