package dev.flux.mariadb.internal;

import dev.flux.spi.SchemaReader;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema of one database as {@code information_schema} describes it: tables with their columns (type
 * with its character set and collation where they differ from the table's, nullability, default, extras
 * such as {@code auto_increment}), keys, foreign keys, checks and indexes ({@link TableReader}), and views,
 * routines, triggers, events and sequences ({@link ObjectReader}). flux's history table is left out. It only
 * reads: the connection stays as it was.
 */
final class SnapshotReader implements SchemaReader {
    private final MariaDbOptions options;

    SnapshotReader(MariaDbOptions options) {
        this.options = options;
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        String database = options.schema() != null ? options.schema() : Session.currentDatabase(connection);
        if (database == null) {
            return new SchemaSnapshot(List.of(), List.of());
        }
        Catalog catalog = new Catalog(connection, database);
        Map<String, TableReader.Parts> tables = new TreeMap<>();
        TableReader.read(catalog, tables);
        tables.remove(options.table());
        List<SchemaSnapshot.Table> result = new ArrayList<>();
        tables.forEach((name, parts) -> result.add(new SchemaSnapshot.Table(name, parts.columns(),
                parts.constraints(), parts.indexes())));
        List<SchemaObject> objects = ObjectReader.read(catalog);
        return new SchemaSnapshot(result, objects);
    }
}
