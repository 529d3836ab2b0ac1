package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.tck.MigrationFolder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrations a web shop accumulates (src/test/resources/realistic: tables, keys, indexes, enums,
 * PL/pgSQL and SQL-standard functions, triggers, views, a backfill, CREATE INDEX CONCURRENTLY) go up,
 * all the way down, and up again to the same schema. A database of its own: CONCURRENTLY waits on it.
 */
@ExtendWith(PostgresTestDatabase.class)
class RealisticMigrationsTest {
    private static final int MIGRATIONS = 33;

    private PostgresTestDatabase.Database database;
    private Flux flux;

    @BeforeEach
    void setUp() throws SQLException, URISyntaxException {
        database = PostgresTestDatabase.freshDatabase();
        Path folder = Path.of(getClass().getResource("/realistic").toURI());
        flux = new MigrationFolder(folder, "postgres").flux(database.dataSource());
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
        assertThat(first.tables()).extracting(SchemaSnapshot.Table::name).containsExactly("accounts", "addresses",
                "audit_log", "categories", "coupons", "inventory", "order_items", "orders", "payments",
                "product_reviews", "products", "sessions");
        assertThat(first.objects()).extracting(o -> o.kind()).contains("enum", "domain", "function", "procedure",
                "trigger", "view", "materialized view", "sequence");
        assertThat(first.table("orders").orElseThrow().indexes()).extracting(o -> o.name())
                .contains("orders_open_idx");
        assertThat(first.objects("enum")).extracting(o -> o.definition())
                .contains("ENUM ('pending', 'paid', 'shipped', 'canceled')");
        assertThat(text("SELECT string_agg(handle, ',' ORDER BY id) FROM accounts"))
                .as("the backfill ran").isEqualTo("shop-operations,mary-o-brien");

        Result down = flux.rollbackTo("0");
        assertThat(down.migrations()).hasSize(MIGRATIONS);
        assertThat(flux.snapshot().differencesFrom(empty, true)).as("after rolling everything back").isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("0");

        assertThat(flux.migrate().migrations()).hasSize(MIGRATIONS);
        assertThat(flux.snapshot().differencesFrom(first, true)).as("after migrating again").isEmpty();
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

    private String text(String query) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
