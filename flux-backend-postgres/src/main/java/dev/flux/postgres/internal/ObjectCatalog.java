package dev.flux.postgres.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's objects other than tables: views ({@code pg_get_viewdef}), functions, procedures and
 * aggregates (by name and identity arguments, with {@code pg_get_functiondef}), triggers
 * ({@code pg_get_triggerdef}), indexes of materialized views, extensions, sequences (their definition,
 * never their current value) and user-defined types (enums, domains, composite and range types).
 */
final class ObjectCatalog {
    private final Connection connection;
    private final String schema;
    private final String historyTable;
    private final QualifiedNames names;

    ObjectCatalog(Connection connection, String schema, String historyTable, QualifiedNames names) {
        this.connection = connection;
        this.schema = schema;
        this.historyTable = historyTable;
        this.names = names;
    }

    List<SchemaObject> objects() throws SQLException {
        List<SchemaObject> objects = new ArrayList<>(Catalog.rows(connection, Catalog.query("objects"), this::object,
                schema, schema, schema, schema, historyTable, schema));
        objects.addAll(Catalog.rows(connection, Catalog.query("types"), this::object, schema));
        objects.addAll(Catalog.rows(connection, Catalog.query("sequences"), this::sequence, schema));
        return objects;
    }

    private SchemaObject object(ResultSet rs) throws SQLException {
        return new SchemaObject(rs.getString("kind"), rs.getString("name"), names.strip(rs.getString("definition")),
                false);
    }

    private SchemaObject sequence(ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        String table = rs.getString("owner_table");
        String definition = rs.getString("definition");
        if (table == null) {
            return new SchemaObject("sequence", name, definition, false);
        }
        String column = rs.getString("owner_column");
        return new SchemaObject("sequence", name, definition + " OWNED BY " + rs.getString("owned_by"),
                GeneratedNames.isGenerated(name, table, List.of(column), "seq"));
    }
}
