package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the snapshot reads from information_schema, and that equal schemas in two databases compare equal. */
@ExtendWith(MariaDbTestDatabase.class)
class CatalogSnapshotTest {
    private static final String SCHEMA = """
            CREATE TABLE parent (id INT PRIMARY KEY, code VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
              label VARCHAR(20) DEFAULT 'none', UNIQUE KEY uq_parent_code (code)) DEFAULT CHARSET=utf8mb4;
            CREATE TABLE child (id INT PRIMARY KEY AUTO_INCREMENT, parent_id INT NOT NULL,
              qty INT NOT NULL CHECK (qty > 0), doubled INT AS (qty * 2) VIRTUAL, CHECK (qty < 1000),
              FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE,
              INDEX idx_child_qty (qty DESC, parent_id));
            CREATE VIEW parent_codes AS SELECT code FROM parent;
            CREATE TRIGGER child_bi BEFORE INSERT ON child FOR EACH ROW SET NEW.qty = NEW.qty + 0;
            CREATE FUNCTION twice(n INT) RETURNS INT DETERMINISTIC RETURN n * 2;
            CREATE PROCEDURE noop(IN a INT, OUT b VARCHAR(5)) BEGIN SET b = 'x'; END;
            """;

    private MariaDbTestDatabase.Database one;
    private MariaDbTestDatabase.Database two;

    @BeforeEach
    void setUp() throws SQLException {
        one = MariaDbTestDatabase.freshDatabase();
        two = MariaDbTestDatabase.freshDatabase();
    }

    @AfterEach
    void tearDown() throws SQLException {
        one.close();
        two.close();
    }

    private static SchemaSnapshot migrated(MariaDbTestDatabase.Database database, Path dir) {
        try (Flux flux = new MigrationFolder(dir, "mariadb").write("V1__schema.sql", SCHEMA)
                .flux(database.dataSource())) {
            flux.migrate();
            return flux.snapshot();
        }
    }

    @Test
    void readsColumnsKeysIndexesAndObjectsAsTheServerDescribesThem(@TempDir Path dir) {
        SchemaSnapshot snapshot = migrated(one, dir);
        SchemaSnapshot.Table parent = snapshot.table("parent").orElseThrow();
        assertThat(parent.columns()).extracting(Column::name).containsExactly("id", "code", "label");
        assertThat(parent.column("code").orElseThrow().type()).as("a character set unlike the table's")
                .isEqualTo("varchar(10) CHARACTER SET ascii COLLATE ascii_bin");
        assertThat(parent.column("label").orElseThrow().type()).isEqualTo("varchar(20)");
        assertThat(parent.column("label").orElseThrow().defaultValue()).isEqualTo("'none'");
        assertThat(parent.column("id").orElseThrow().nullable()).isFalse();
        assertThat(parent.constraints()).extracting(SchemaObject::label)
                .containsExactlyInAnyOrder("primary key PRIMARY", "unique key uq_parent_code");

        SchemaSnapshot.Table child = snapshot.table("child").orElseThrow();
        assertThat(child.column("id").orElseThrow().type()).isEqualTo("int(11) auto_increment");
        assertThat(child.column("doubled").orElseThrow().type()).isEqualTo("int(11) AS (`qty` * 2) virtual generated");
        assertThat(child.constraints()).filteredOn(o -> o.kind().equals("foreign key")).singleElement()
                .satisfies(fk -> {
                    assertThat(fk.systemNamed()).as("child_ibfk_1 is the server's name").isTrue();
                    assertThat(fk.definition()).isEqualTo("(`parent_id`) REFERENCES `parent` (`id`) ON UPDATE "
                            + "RESTRICT ON DELETE CASCADE");
                });
        assertThat(child.constraints()).filteredOn(o -> o.kind().equals("check")).extracting(SchemaObject::label)
                .containsExactlyInAnyOrder("check qty", "check `qty` < 1000");
        assertThat(child.indexes()).extracting(SchemaObject::name, SchemaObject::definition).contains(
                org.assertj.core.groups.Tuple.tuple("idx_child_qty", "BTREE (`qty` DESC, `parent_id`)"));

        assertThat(snapshot.objects("view")).singleElement().satisfies(v -> assertThat(v.definition())
                .as("without the database's name").doesNotContain(one.name()).contains("`parent`.`code`"));
        assertThat(snapshot.objects("trigger")).singleElement().extracting(SchemaObject::definition).asString()
                .startsWith("BEFORE INSERT ON `child`");
        assertThat(snapshot.objects("function")).singleElement().extracting(SchemaObject::definition).asString()
                .startsWith("(IN n int(11)) RETURNS int(11) deterministic YES");
        assertThat(snapshot.objects("procedure")).singleElement().extracting(SchemaObject::definition).asString()
                .startsWith("(IN a int(11), OUT b varchar(5))");
    }

    @Test
    void theSameSchemaInTwoDatabasesGivesEqualSnapshots(@TempDir Path dirOne, @TempDir Path dirTwo)
            throws SQLException {
        SchemaSnapshot first = migrated(one, dirOne);
        assertThat(migrated(two, dirTwo)).isEqualTo(first);
        two.sql("ALTER TABLE child DROP FOREIGN KEY child_ibfk_1");
        two.sql("ALTER TABLE child ADD CONSTRAINT child_ibfk_1 FOREIGN KEY (parent_id) REFERENCES parent (id)");
        try (Flux flux = new MigrationFolder(dirTwo, "mariadb").flux(two.dataSource())) {
            assertThat(flux.snapshot().differencesFrom(first, true)).as("the server-named key, by definition")
                    .contains("foreign key (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE RESTRICT ON DELETE "
                            + "CASCADE on child is missing", "foreign key (`parent_id`) REFERENCES `parent` (`id`) ON "
                            + "UPDATE RESTRICT ON DELETE RESTRICT on child still exists");
        }
    }
}
