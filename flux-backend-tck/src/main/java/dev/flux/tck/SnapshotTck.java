package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.spi.BackendContext;
import dev.flux.spi.SchemaReader;
import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import dev.flux.spi.SchemaSnapshot;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The snapshot part on its own, on portable DDL: tables with columns, keys and indexes, views, flux's own
 * tables left out, equal snapshots for equal schemas, and the user's objects that make a schema
 * non-empty. It needs only the part:
 *
 * <pre>{@code
 * class MyDbSnapshotTest extends SnapshotTck {
 *     protected TckDatabase createDatabase() { ... }
 *     protected SchemaReader schemaReader(BackendContext context) { return new MyDbSchemaReader(context); }
 * }
 * }</pre>
 *
 * Names are compared ignoring case, since databases fold unquoted names differently.
 */
public abstract class SnapshotTck extends TckBase {

    /** The snapshot part of the backend under test, made with the test database's options. */
    protected abstract SchemaReader schemaReader(BackendContext context);

    /** A snapshot read through a new connection, as the part reads it for the engine. */
    protected SchemaSnapshot snapshot() throws Exception {
        return schemaReader(context(Duration.ofSeconds(5))).read(connection());
    }

    private void createShop() throws Exception {
        sql("CREATE TABLE tck_users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, note VARCHAR(10))");
        sql("CREATE TABLE tck_orders (id INT PRIMARY KEY, user_id INT NOT NULL,"
                + " CONSTRAINT fk_tck_orders_user FOREIGN KEY (user_id) REFERENCES tck_users (id))");
        sql("CREATE INDEX idx_tck_orders_user ON tck_orders (user_id)");
        sql("CREATE VIEW tck_user_names AS SELECT name FROM tck_users");
    }

    @Test
    void anEmptySchemaHasNoTablesAndNoViews() throws Exception {
        SchemaSnapshot empty = snapshot();
        assertThat(empty.tables()).isEmpty();
        assertThat(empty.objects("view")).isEmpty();
    }

    @Test
    void tablesComeWithTheirColumnsKeysAndIndexesAndViewsAreListed() throws Exception {
        createShop();
        SchemaSnapshot snapshot = snapshot();
        assertThat(snapshot.tables()).extracting(t -> t.name().toLowerCase()).containsExactlyInAnyOrder(
                "tck_users", "tck_orders");
        Table users = table(snapshot, "tck_users").orElseThrow();
        assertThat(users.columns()).extracting(c -> c.name().toLowerCase()).containsExactly("id", "name", "note");
        assertThat(users.columns()).extracting(Column::position).containsExactly(1, 2, 3);
        assertThat(users.columns().get(1).nullable()).isFalse();
        assertThat(users.columns().get(2).nullable()).isTrue();
        assertThat(users.constraints()).extracting(SchemaObject::kind).contains("primary key");
        Table orders = table(snapshot, "tck_orders").orElseThrow();
        assertThat(orders.constraints()).extracting(SchemaObject::kind).contains("primary key", "foreign key");
        assertThat(orders.indexes()).extracting(i -> i.name().toLowerCase()).contains("idx_tck_orders_user");
        assertThat(snapshot.objects("view")).extracting(v -> v.name().toLowerCase()).containsExactly("tck_user_names");
    }

    @Test
    void fluxsOwnTablesAreLeftOut() throws Exception {
        String history = String.valueOf(database.options().getOrDefault("table", "flux_migrations"));
        sql("CREATE TABLE " + history + " (id INT)");
        sql("CREATE TABLE tck_kept (id INT)");
        assertThat(snapshot().tables()).extracting(t -> t.name().toLowerCase()).containsExactly("tck_kept");
    }

    @Test
    void anEmptySchemaHasNoUserObjectsAndFluxsOwnTablesDoNotCount() throws Exception {
        SchemaReader reader = schemaReader(context(Duration.ofSeconds(5)));
        assertThat(reader.userObjects(connection(), 5)).isEmpty();
        String history = String.valueOf(database.options().getOrDefault("table", "flux_migrations"));
        sql("CREATE TABLE " + history + " (id INT)");
        assertThat(reader.userObjects(connection(), 5)).as("flux's history table alone").isEmpty();
    }

    @Test
    void userObjectsNameTablesAndViewsUpToTheLimit() throws Exception {
        createShop();
        SchemaReader reader = schemaReader(context(Duration.ofSeconds(5)));
        assertThat(reader.userObjects(connection(), 10)).extracting(o -> o.toLowerCase())
                .contains("table tck_users", "table tck_orders", "view tck_user_names");
        assertThat(reader.userObjects(connection(), 1)).hasSize(1);
    }

    @Test
    void equalSchemasGiveEqualSnapshotsAndAChangeIsADifference() throws Exception {
        createShop();
        SchemaSnapshot before = snapshot();
        assertThat(snapshot()).isEqualTo(before);
        // a table no view depends on, so that no database marks the view invalid
        sql("ALTER TABLE tck_orders ADD note VARCHAR(100)");
        SchemaSnapshot changed = snapshot();
        assertThat(changed.differencesFrom(before, false)).singleElement().asString()
                .containsIgnoringCase("tck_orders.note").contains("still exists");
        sql("ALTER TABLE tck_orders DROP COLUMN note");
        assertThat(snapshot().differencesFrom(before, true)).isEmpty();
        sql("DROP VIEW tck_user_names");
        assertThat(snapshot().differencesFrom(before, false)).singleElement().asString()
                .containsIgnoringCase("view tck_user_names is missing");
    }

    @Test
    void readingLeavesTheConnectionAsItFoundIt() throws Exception {
        createShop();
        Connection c = connection();
        int isolation = c.getTransactionIsolation();
        schemaReader(context(Duration.ofSeconds(5))).read(c);
        assertThat(c.getAutoCommit()).isTrue();
        assertThat(c.getTransactionIsolation()).isEqualTo(isolation);
    }
}
