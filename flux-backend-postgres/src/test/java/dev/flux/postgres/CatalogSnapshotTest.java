package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots from PostgreSQL's catalogs: complete, stable across schemas, generated names by definition. */
@ExtendWith(PostgresTestDatabase.class)
class CatalogSnapshotTest {
    private static final String SHOP = """
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE DOMAIN positive AS integer NOT NULL CHECK (VALUE > 0);
            CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE, age int CHECK (age > 0), m mood,
              n positive DEFAULT 1, a int, b int, CHECK (a < b));
            CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id int REFERENCES users,
              note text COLLATE "C", total numeric(10, 2) DEFAULT 0,
              CONSTRAINT orders_total_positive CHECK (total >= 0));
            CREATE INDEX ON orders (user_id);
            CREATE INDEX orders_note ON orders (lower(note)) WHERE note IS NOT NULL;
            CREATE SEQUENCE invoice_no AS integer START WITH 100 INCREMENT BY 5;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;
            CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
            CREATE VIEW user_orders AS SELECT u.email, o.total FROM users u JOIN orders o ON o.user_id = u.id;
            CREATE TYPE pair AS (x int, y text);
            """;

    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "postgres").write("V1__shop.sql", SHOP);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    private SchemaSnapshot migrateInto(String schema) {
        try (Flux flux = folder.flux(database.dataSource(), Map.of("schema", schema), Duration.ofSeconds(5))) {
            flux.migrate();
            return flux.snapshot();
        }
    }

    @Test
    void theSameMigrationsInTwoSchemasGiveEqualSnapshotsThatNameNoSchema() {
        SchemaSnapshot alpha = migrateInto("alpha_one");
        SchemaSnapshot beta = migrateInto("beta_two");
        assertThat(beta.differencesFrom(alpha, true)).isEmpty();
        assertThat(alpha.toString()).doesNotContain("alpha_one").doesNotContain("flux_migrations");
        assertThat(alpha.tables()).extracting(SchemaSnapshot.Table::name).containsExactly("orders", "users");
        assertThat(alpha.objects()).extracting(o -> o.kind() + " " + o.name()).containsExactlyInAnyOrder(
                "domain positive", "enum mood", "function add(a integer, b integer)", "function touch()",
                "procedure noop()", "sequence invoice_no", "sequence users_id_seq", "trigger users.users_touch",
                "type pair", "view user_orders");
    }

    @Test
    void definitionsComeFromTheCatalogs() {
        SchemaSnapshot s = migrateInto("shop");
        SchemaSnapshot.Table orders = s.table("orders").orElseThrow();
        assertThat(orders.columns()).extracting(c -> c.name() + " " + c.type() + " " + c.defaultValue())
                .containsExactly("id bigint GENERATED ALWAYS AS IDENTITY", "user_id integer null",
                        "note text COLLATE \"C\" null", "total numeric(10,2) 0");
        assertThat(orders.indexes()).extracting(SchemaObject::definition).containsExactlyInAnyOrder(
                "CREATE INDEX ON orders USING btree (user_id)",
                "CREATE INDEX ON orders USING btree (lower(note)) WHERE (note IS NOT NULL)");
        assertThat(orders.constraints()).extracting(SchemaObject::definition)
                .contains("FOREIGN KEY (user_id) REFERENCES users(id)");
        assertThat(s.objects("enum")).singleElement().extracting(SchemaObject::definition)
                .isEqualTo("ENUM ('sad', 'ok', 'happy')");
        assertThat(s.objects("sequence")).extracting(SchemaObject::definition).containsExactlyInAnyOrder(
                "AS integer START WITH 100 INCREMENT BY 5 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE",
                "AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE "
                        + "OWNED BY users.id");
        assertThat(s.objects("function")).filteredOn(o -> o.name().startsWith("add"))
                .singleElement().extracting(SchemaObject::definition).asString()
                .startsWith("CREATE OR REPLACE FUNCTION add(a integer, b integer)").contains("BEGIN ATOMIC");
    }

    @Test
    void namesPostgresGeneratedAreSystemNamedAndExplicitNamesAreNot() {
        SchemaSnapshot s = migrateInto("shop");
        assertThat(s.table("users").orElseThrow().constraints()).extracting(o -> o.name() + " " + o.systemNamed())
                .containsExactlyInAnyOrder("users_pkey true", "users_email_key true", "users_age_check true",
                        "users_check true");
        assertThat(s.table("orders").orElseThrow().constraints()).extracting(o -> o.name() + " " + o.systemNamed())
                .containsExactlyInAnyOrder("orders_pkey true", "orders_user_id_fkey true",
                        "orders_total_positive false");
        assertThat(s.table("orders").orElseThrow().indexes()).extracting(o -> o.name() + " " + o.systemNamed())
                .containsExactlyInAnyOrder("orders_user_id_idx true", "orders_note false");
        assertThat(s.objects("sequence")).extracting(o -> o.name() + " " + o.systemNamed())
                .containsExactlyInAnyOrder("users_id_seq true", "invoice_no false");
    }

    @Test
    void generatedNamesThatDifferOnlyByTheirNumberCompareEqual() throws SQLException {
        folder.write("V1__shop.sql", "CREATE TABLE t (n int CHECK (n > 0));\n");
        SchemaSnapshot first = migrateInto("first");
        database.sql("CREATE SCHEMA second; CREATE TABLE second.t (n int CHECK (n > 0), CHECK (n > 0)); "
                + "ALTER TABLE second.t DROP CONSTRAINT t_n_check;");
        SchemaSnapshot second;
        try (Flux flux = folder.flux(database.dataSource(), Map.of("schema", "second"), Duration.ofSeconds(5))) {
            second = flux.snapshot();
        }
        assertThat(second.table("t").orElseThrow().constraints()).extracting(SchemaObject::name)
                .containsExactly("t_n_check1");
        assertThat(second.differencesFrom(first, true)).isEmpty();
    }

    @Test
    void generatedNamesAreRecognisedAfterPostgresShortensThemToSixtyThreeBytes() {
        String table = "customer_loyalty_programme_membership_history_entries_ünïcödé";
        folder.write("V1__shop.sql", "CREATE TABLE " + table + " (id serial PRIMARY KEY, "
                + "referring_customer_account_identifier int UNIQUE CHECK (referring_customer_account_identifier > 0), "
                + "ëxtra_ëxpression text);\n"
                + "CREATE INDEX ON " + table + " (lower(ëxtra_ëxpression), id, lower(ëxtra_ëxpression));\n");
        SchemaSnapshot s = migrateInto("shop");
        SchemaSnapshot.Table t = s.tables().get(0);
        assertThat(t.constraints()).hasSize(3).allSatisfy(c -> assertThat(c.systemNamed()).as(c.name()).isTrue());
        assertThat(t.indexes()).singleElement().satisfies(i -> assertThat(i.systemNamed()).as(i.name()).isTrue());
        assertThat(s.objects("sequence")).singleElement()
                .satisfies(q -> assertThat(q.systemNamed()).as(q.name()).isTrue());
    }

    @Test
    void dataAndSequenceValuesAreNotPartOfTheSchemaButBodiesAre() throws SQLException {
        SchemaSnapshot before = migrateInto("shop");
        database.sql("INSERT INTO shop.users (email, a, b) VALUES ('a@example.org', 1, 2); "
                + "SELECT nextval('shop.invoice_no')");
        assertThat(migrateInto("shop").differencesFrom(before, true)).isEmpty();

        database.sql("CREATE OR REPLACE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql "
                + "AS $$ BEGIN NEW.email := lower(NEW.email); RETURN NEW; END $$");
        assertThat(migrateInto("shop").differencesFrom(before, true)).singleElement().asString()
                .startsWith("function touch() is defined as");
    }

    @Test
    void extensionsAreListedWithoutTheObjectsTheyBringAlong() throws SQLException {
        folder.write("V1__shop.sql", "CREATE EXTENSION IF NOT EXISTS citext;\nCREATE TABLE t (name citext);\n");
        SchemaSnapshot s = migrateInto("shop");
        assertThat(s.objects()).extracting(o -> o.kind() + " " + o.name()).containsExactly("extension citext");
        assertThat(s.table("t").orElseThrow().columns()).extracting(SchemaSnapshot.Column::type)
                .containsExactly("citext");
    }
}
