package dev.flux.junit;

import dev.flux.junit.internal.Names;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a whole schema; start with {@link FluxAssertions#assertThat(SchemaSnapshot)}. */
public final class SchemaAssert extends AbstractAssert<SchemaAssert, SchemaSnapshot> {
    SchemaAssert(SchemaSnapshot actual) {
        super(actual, SchemaAssert.class);
    }

    /** Asserts that the table exists and continues with assertions on it. */
    public TableAssert table(String name) {
        isNotNull();
        Optional<Table> table = Names.find(actual.tables(), Table::name, name);
        if (table.isEmpty()) {
            failWithMessage("Expecting the schema to have a table %s, but %s", name, tables());
        }
        return new TableAssert(table.get(), this);
    }

    public SchemaAssert hasTable(String name) {
        table(name);
        return this;
    }

    public SchemaAssert hasNoTable(String name) {
        isNotNull();
        Optional<Table> table = Names.find(actual.tables(), Table::name, name);
        if (table.isPresent()) {
            failWithMessage("Expecting the schema to have no table %s, but it has %s", name,
                    TableAssert.describe(table.get()));
        }
        return this;
    }

    public SchemaAssert hasView(String name) {
        return hasObject("view", name);
    }

    public SchemaAssert hasNoView(String name) {
        return hasNoObject("view", name);
    }

    public SchemaAssert hasSequence(String name) {
        return hasObject("sequence", name);
    }

    public SchemaAssert hasNoSequence(String name) {
        return hasNoObject("sequence", name);
    }

    /** Asserts an object of a kind other than table: {@code "view"}, {@code "sequence"}, {@code "function"}... */
    public SchemaAssert hasObject(String kind, String name) {
        isNotNull();
        if (Names.find(actual.objects(kind), SchemaObject::name, name).isEmpty()) {
            failWithMessage("Expecting the schema to have a %s %s, but %s", kind, name, objects(kind));
        }
        return this;
    }

    public SchemaAssert hasNoObject(String kind, String name) {
        isNotNull();
        Optional<SchemaObject> found = Names.find(actual.objects(kind), SchemaObject::name, name);
        if (found.isPresent()) {
            failWithMessage("Expecting the schema to have no %s %s, but it has %s %s", kind, name,
                    found.get().label(), String.valueOf(found.get().definition()));
        }
        return this;
    }

    /** Asserts that the schema is {@code expected}, listing every difference otherwise. */
    public SchemaAssert matches(SchemaSnapshot expected) {
        isNotNull();
        List<String> differences = actual.differencesFrom(expected, false);
        if (!differences.isEmpty()) {
            failWithMessage("Expecting the schema to match the expected one, but:%n  %s",
                    String.join(System.lineSeparator() + "  ", differences));
        }
        return this;
    }

    private String tables() {
        return actual.tables().isEmpty() ? "it has no tables" : "it has tables "
                + actual.tables().stream().map(Table::name).collect(Collectors.joining(", "));
    }

    private String objects(String kind) {
        List<SchemaObject> all = actual.objects(kind);
        return all.isEmpty() ? "it has none; its other objects: " + otherObjects()
                : "it has " + all.stream().map(SchemaObject::name).collect(Collectors.joining(", "));
    }

    private String otherObjects() {
        return actual.objects().isEmpty() ? "none"
                : actual.objects().stream().map(SchemaObject::label).collect(Collectors.joining(", "));
    }
}
