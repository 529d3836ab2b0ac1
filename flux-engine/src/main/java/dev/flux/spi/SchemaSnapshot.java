package dev.flux.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schema as a backend describes it, without flux's own tables: tables with their columns,
 * constraints and indexes, and other objects (views, sequences, routines, triggers, types). Lists are
 * sorted by name, so two snapshots of the same schema are equal.
 */
public record SchemaSnapshot(List<Table> tables, List<SchemaObject> objects) {
    public SchemaSnapshot {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        objects = objects.stream().sorted(SchemaObject.ORDER).toList();
    }

    /** The table of that name (exact, as the database stores it), if present. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The objects of one kind, such as {@code "view"} or {@code "sequence"}. */
    public List<SchemaObject> objects(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /**
     * How this snapshot differs from {@code expected}, one readable line each ("column orders.note still
     * exists"); empty when they match. Objects with system-generated names are compared by definition.
     */
    public List<String> differencesFrom(SchemaSnapshot expected, boolean compareColumnOrder) {
        return new SnapshotDiff(compareColumnOrder).differences(expected, this);
    }

    /** A table with its columns (in position order), constraints and indexes. */
    public record Table(String name, List<Column> columns, List<SchemaObject> constraints,
                        List<SchemaObject> indexes) {
        public Table {
            columns = columns.stream().sorted(Comparator.comparingInt(Column::position)).toList();
            constraints = constraints.stream().sorted(SchemaObject.ORDER).toList();
            indexes = indexes.stream().sorted(SchemaObject.ORDER).toList();
        }

        /** The column of that name, if present. */
        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    /**
     * A column: its 1-based position, type as the database spells it, nullability, and default
     * expression ({@code null} when none).
     */
    public record Column(String name, int position, String type, boolean nullable, String defaultValue) {
    }

    /**
     * A named schema object: {@code kind} such as {@code "primary key"}, {@code "foreign key"},
     * {@code "index"}, {@code "view"}, {@code "sequence"}; its {@code definition} as the database reports
     * it. {@code systemNamed} marks names the database generated, which are compared by definition only.
     */
    public record SchemaObject(String kind, String name, String definition, boolean systemNamed) {
        static final Comparator<SchemaObject> ORDER = Comparator.comparing(SchemaObject::kind)
                .thenComparing(o -> o.systemNamed() ? "" : o.name())
                .thenComparing(SchemaObject::definition, Comparator.nullsFirst(Comparator.naturalOrder()));

        /** How a diff refers to this object: {@code index idx_x} or {@code primary key (ID)}. */
        public String label() {
            return systemNamed ? kind + " " + definition : kind + " " + name;
        }
    }
}
