package dev.flux.spi;

import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Describes, line by line, how an actual schema snapshot differs from an expected one. */
final class SnapshotDiff {
    private final boolean compareColumnOrder;

    SnapshotDiff(boolean compareColumnOrder) {
        this.compareColumnOrder = compareColumnOrder;
    }

    List<String> differences(SchemaSnapshot expected, SchemaSnapshot actual) {
        List<String> out = new ArrayList<>();
        Map<String, Table> want = index(expected.tables(), Table::name);
        Map<String, Table> have = index(actual.tables(), Table::name);
        for (Table t : want.values()) {
            Table other = have.get(t.name());
            if (other == null) {
                out.add("table " + t.name() + " is missing");
            } else {
                compareTables(t, other, out);
            }
        }
        for (Table t : have.values()) {
            if (!want.containsKey(t.name())) {
                out.add("table " + t.name() + " still exists");
            }
        }
        compareObjects("", expected.objects(), actual.objects(), out);
        return out;
    }

    private void compareTables(Table want, Table have, List<String> out) {
        String table = want.name();
        Map<String, Column> wantColumns = index(want.columns(), Column::name);
        Map<String, Column> haveColumns = index(have.columns(), Column::name);
        for (Column c : wantColumns.values()) {
            Column other = haveColumns.get(c.name());
            if (other == null) {
                out.add("column " + table + "." + c.name() + " is missing");
            } else {
                compareColumns(table, c, other, out);
            }
        }
        for (Column c : haveColumns.values()) {
            if (!wantColumns.containsKey(c.name())) {
                out.add("column " + table + "." + c.name() + " still exists");
            }
        }
        compareObjects(" on " + table, want.constraints(), have.constraints(), out);
        compareObjects(" on " + table, want.indexes(), have.indexes(), out);
    }

    private void compareColumns(String table, Column want, Column have, List<String> out) {
        String name = "column " + table + "." + want.name();
        if (!want.type().equals(have.type())) {
            out.add(name + " has type " + have.type() + ", expected " + want.type());
        }
        if (want.nullable() != have.nullable()) {
            out.add(name + (have.nullable() ? " is nullable" : " is NOT NULL") + ", expected "
                    + (want.nullable() ? "nullable" : "NOT NULL"));
        }
        if (!Objects.equals(want.defaultValue(), have.defaultValue())) {
            out.add(name + " has default " + have.defaultValue() + ", expected " + want.defaultValue());
        }
        if (compareColumnOrder && want.position() != have.position()) {
            out.add(name + " is at position " + have.position() + ", expected " + want.position());
        }
    }

    private static void compareObjects(String where, List<SchemaObject> want, List<SchemaObject> have,
                                       List<String> out) {
        Map<String, SchemaObject> wantByKey = index(want, SnapshotDiff::key);
        Map<String, SchemaObject> haveByKey = index(have, SnapshotDiff::key);
        for (SchemaObject o : wantByKey.values()) {
            SchemaObject other = haveByKey.get(key(o));
            if (other == null) {
                out.add(o.label() + where + " is missing");
            } else if (!Objects.equals(o.definition(), other.definition())) {
                out.add(o.label() + where + " is defined as " + other.definition() + ", expected "
                        + o.definition());
            }
        }
        for (SchemaObject o : haveByKey.values()) {
            if (!wantByKey.containsKey(key(o))) {
                out.add(o.label() + where + " still exists");
            }
        }
    }

    private static String key(SchemaObject o) {
        return o.kind() + "\u0000" + (o.systemNamed() ? "\u0000" + o.definition() : o.name());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return map;
    }
}
