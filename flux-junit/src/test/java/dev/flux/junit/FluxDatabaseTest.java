package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
class FluxDatabaseTest {
    /** Rows survive incremental moves, so each test starts from empty: tests of a class share the database. */
    @BeforeEach
    void startEmpty(FluxDatabase db) {
        db.migrateTo("0");
    }

    @Test
    void aDataTestInsertsAtOneVersionAndChecksWhatTheNextDid(FluxDatabase db) {
        db.migrateTo("V3");
        db.update("INSERT INTO users (id, name) VALUES (?, ?)", 1, "Ada");
        db.update("INSERT INTO users (id, name, email) VALUES (?, ?, ?)", 2, "Bob", "bob@home.org");

        db.migrateTo("V4");

        assertThat(db.queryValue("SELECT email FROM users WHERE id = ?", String.class, 1))
                .isEqualTo("ada@example.com");
        assertThat(db.queryValue("SELECT email FROM users WHERE id = ?", String.class, 2)).isEqualTo("bob@home.org");
    }

    @Test
    void movesBothWaysAndKeepsTheData(FluxDatabase db) {
        db.migrateTo("V3");
        db.update("INSERT INTO users (id, name) VALUES (7, 'Cy')");
        db.migrateTo("V4");

        assertThat(db.migrateTo("V2").migrations()).containsExactly("V4__backfill_email", "V3__orders");
        assertThat(db.version()).hasToString("2");
        assertThat(db.queryValue("SELECT name FROM users WHERE id = 7", String.class)).isEqualTo("Cy");

        assertThat(db.migrateTo("V5").migrations()).containsExactly("V3__orders", "V4__backfill_email", "V5__audit");
        assertThat(db.queryValue("SELECT email FROM users WHERE id = 7", String.class)).isEqualTo("cy@example.com");
    }

    @Test
    void stepsOneMigrationAtATime(FluxDatabase db) {
        assertThat(db.upOne().migrations()).containsExactly("V1__users");
        assertThat(db.upOne().migrations()).containsExactly("V2__email");
        assertThat(db.downOne().migrations()).containsExactly("V2__email");
        assertThat(db.version()).hasToString("1");
    }

    @Test
    void upOneAtTheLatestVersionSaysSo(FluxDatabase db) {
        db.migrateTo("V5");
        assertThatThrownBy(db::upOne).isInstanceOf(FluxException.class)
                .hasMessageContaining("FLUX-TARGET").hasMessageContaining("nothing to apply")
                .hasMessageContaining("V5");
    }

    @Test
    void rollbackToRefusesToGoUp(FluxDatabase db) {
        db.migrateTo("V1");
        assertThatThrownBy(() -> db.rollbackTo("V3")).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.TARGET));
        assertThat(db.rollbackTo("0").migrations()).containsExactly("V1__users");
    }

    @Test
    void anUnknownTargetListsTheNearestVersions(FluxDatabase db) {
        assertThatThrownBy(() -> db.migrateTo("V9")).isInstanceOf(FluxException.class)
                .hasMessageContaining("FLUX-TARGET").hasMessageContaining("V5");
    }

    @Test
    void queryRowsAreReadInColumnOrderAndFoundIgnoringCase(FluxDatabase db) {
        db.migrateTo("V2");
        db.update("INSERT INTO users (id, name, email) VALUES (1, 'Ada', 'ada@home.org'), (2, 'Bob', NULL)");

        List<Map<String, Object>> rows = db.query("SELECT id, name, email FROM users ORDER BY id");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).containsExactly("ID", "NAME", "EMAIL");
        assertThat(rows.get(0).get("email")).isEqualTo("ada@home.org");
        assertThat(rows.get(1)).containsEntry("EMAIL", null).containsKey("name");
    }

    @Test
    void queryValueWantsExactlyOneRow(FluxDatabase db) {
        db.migrateTo("V1");
        assertThatThrownBy(() -> db.queryValue("SELECT id FROM users", Integer.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("returned none");
    }

    @Test
    void queryValueConvertsANumberToTheRequestedTypeExactly(FluxDatabase db) {
        db.migrateTo("V1");
        db.update("INSERT INTO users (id, name) VALUES (?, ?)", 1, "Ada");

        assertThat(db.queryValue("SELECT COUNT(*) FROM users", Number.class)).isEqualTo(1L);
        assertThat(db.queryValue("SELECT COUNT(*) FROM users", Integer.class)).isEqualTo(1);
        assertThat(db.queryValue("SELECT CAST(2.5 AS DECIMAL(3, 1)) FROM users", Double.class)).isEqualTo(2.5);
        assertThatThrownBy(() -> db.queryValue("SELECT CAST(2.5 AS DECIMAL(3, 1)) FROM users", Long.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2.5, which is not exactly a Long");
        assertThatThrownBy(() -> db.queryValue("SELECT name FROM users", Integer.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected a number")
                .hasMessageContaining("'Ada'");
    }

    @Test
    void aFailingStatementNamesItAndTheDatabaseError(FluxDatabase db) {
        assertThatThrownBy(() -> db.update("INSERT INTO nowhere VALUES (1)"))
                .isInstanceOf(FluxException.class).hasMessageContaining("FLUX-SQL")
                .hasMessageContaining("INSERT INTO nowhere").hasMessageContaining("NOWHERE");
    }

    @Test
    void schemaDescribesTheDatabaseWithoutFluxsOwnTables(FluxDatabase db) {
        db.migrateTo("V2");
        assertThat(db.schema()).hasNoTable("flux_migrations")
                .table("users").hasIndex("idx_users_email").hasIndexOn("email").hasPrimaryKey();
    }
}
