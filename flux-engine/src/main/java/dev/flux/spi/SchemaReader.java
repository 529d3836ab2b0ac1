package dev.flux.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot part of a backend: reads the schema that migrations change, as the database describes it,
 * for round-trip tests and the JUnit extension's assertions, and says whether that schema holds anything
 * at all. Tested on its own by the TCK's {@code SnapshotTck}.
 */
public interface SchemaReader {
    /**
     * The schema as committed, without flux's own tables, read through {@code connection}, which has no
     * transaction open; the reader leaves it as it found it.
     */
    SchemaSnapshot read(Connection connection) throws SQLException;

    /**
     * Up to {@code limit} of the user's objects in the schema flux migrates, each as {@code "kind name"}
     * ({@code "table accounts"}), leaving out flux's own tables and the database's system objects; empty
     * when the schema is empty. flux asks before it migrates a database that has no history, and refuses a
     * non-empty one ({@code FLUX-NOT-EMPTY}). Read through {@code connection} like {@link #read}.
     *
     * <p>By default the objects of {@link #read}: right wherever the snapshot is, but it reads the whole
     * schema; a backend answers with a cheaper query of its catalog.
     */
    default List<String> userObjects(Connection connection, int limit) throws SQLException {
        SchemaSnapshot snapshot = read(connection);
        List<String> found = new ArrayList<>();
        snapshot.tables().forEach(t -> found.add("table " + t.name()));
        snapshot.objects().forEach(o -> found.add(o.kind() + " " + o.name()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }
}
