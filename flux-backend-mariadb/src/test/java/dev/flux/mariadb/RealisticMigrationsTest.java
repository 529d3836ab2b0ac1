package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.tck.MigrationFolder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrations a web shop accumulates (src/test/resources/realistic: tables with keys, checks and foreign
 * keys, enums, a sequence, triggers and procedures written with DELIMITER and without, a mysqldump-style
 * trigger in executable comments, views, an event, a fulltext index, a generated column, backfills and
 * data that triggers change) go up, all the way down, and up again to the same schema.
 */
@ExtendWith(MariaDbTestDatabase.class)
class RealisticMigrationsTest {
    private static final int MIGRATIONS = 34;

    private MariaDbTestDatabase.Database database;
    private Flux flux;

    @BeforeEach
    void setUp() throws SQLException, URISyntaxException {
        database = MariaDbTestDatabase.freshDatabase();
        Path folder = Path.of(getClass().getResource("/realistic").toURI());
        flux = new MigrationFolder(folder, "mariadb").flux(database.dataSource());
    }

    @AfterEach
    void tearDown() throws SQLException {
        flux.close();
        database.close();
    }

    @Test
    void migratesFromEmptyRollsBackToEmptyAndMigratesAgainToTheSameSchema() throws SQLException {
        SchemaSnapshot empty = flux.snapshot();
        assertThat(empty.tables()).isEmpty();

        Result up = flux.migrate();
        assertThat(up.migrations()).hasSize(MIGRATIONS);
        SchemaSnapshot first = flux.snapshot();
        assertThat(first.tables()).extracting(SchemaSnapshot.Table::name).containsExactly("account_roles",
                "accounts", "addresses", "audit_log", "categories", "coupons", "inventory", "order_items", "orders",
                "payments", "product_reviews", "products", "sessions");
        assertThat(first.objects()).extracting(SchemaSnapshot.SchemaObject::kind).contains("view", "function",
                "procedure", "trigger", "event", "sequence");
        assertThat(first.objects("trigger")).extracting(SchemaSnapshot.SchemaObject::name)
                .containsExactlyInAnyOrder("products_updated_at", "orders_audit", "order_items_stock");
        assertThat(first.table("orders").orElseThrow().indexes()).extracting(SchemaSnapshot.SchemaObject::name)
                .contains("idx_orders_open", "uq_orders_invoice");
        assertThat(first.table("orders").orElseThrow().column("status").orElseThrow().type())
                .isEqualTo("enum('pending','paid','shipped','cancelled')");
        assertThat(database.text("SELECT GROUP_CONCAT(handle ORDER BY id) FROM accounts"))
                .as("the backfill ran").isEqualTo("shop-operations,mary-obrien");
        assertThat(database.count("SELECT quantity FROM inventory i JOIN products p ON p.id = i.product_id"
                + " WHERE p.sku = 'BK-001'")).as("the mysqldump-style trigger ran").isEqualTo(8);
        assertThat(database.count("SELECT invoice_number FROM orders WHERE id = 1")).as("the procedure ran")
                .isEqualTo(1000);
        assertThat(database.count("SELECT COUNT(*) FROM audit_log")).as("the trigger without DELIMITER ran")
                .isEqualTo(1);

        Result down = flux.rollbackTo("0");
        assertThat(down.migrations()).hasSize(MIGRATIONS);
        assertThat(flux.snapshot().differencesFrom(empty, true)).as("after rolling everything back").isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("0");

        assertThat(flux.migrate().migrations()).hasSize(MIGRATIONS);
        assertThat(flux.snapshot().differencesFrom(first, true)).as("after migrating again").isEmpty();
        assertThat(flux.snapshot()).isEqualTo(first);
    }

    @Test
    void everyMigrationUndoesToTheSchemaBeforeItAndRedoesToTheSameSchema() {
        for (String version : IntStream.rangeClosed(1, MIGRATIONS).mapToObj(String::valueOf).toList()) {
            SchemaSnapshot before = flux.snapshot();
            flux.migrateTo(version);
            SchemaSnapshot applied = flux.snapshot();
            flux.rollback(1);
            assertThat(flux.snapshot().differencesFrom(before, true)).as("undo of V%s", version).isEmpty();
            flux.migrateTo(version);
            assertThat(flux.snapshot().differencesFrom(applied, true)).as("redo of V%s", version).isEmpty();
        }
        assertThat(flux.status().currentVersion()).hasToString(String.valueOf(MIGRATIONS));
    }
}
