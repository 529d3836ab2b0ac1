package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.spi.SchemaSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
class FluxAssertionsTest {
    private static SchemaSnapshot v3;
    private static SchemaSnapshot v1;

    @BeforeAll
    static void snapshots(FluxDatabase db) {
        db.migrateTo("V1");
        v1 = db.schema();
        db.migrateTo("V3");
        v3 = db.schema();
    }

    @Test
    void readsLikeTheSchema() {
        assertThat(v3)
                .hasTable("orders").hasNoTable("audit")
                .table("users").hasPrimaryKey()
                .hasColumn("id").ofType("int").isNotNull()
                .hasColumn("name").ofType("varchar(50)").isNotNull().hasNoDefault()
                .hasColumn("email").ofType("VARCHAR").isNullable()
                .and().hasIndex("idx_users_email").hasIndexOn("email").hasNoColumn("phone")
                .table("orders").hasColumns("id", "user_id", "note");
    }

    @Test
    void aMissingTableShowsTheTablesThereAre() {
        assertThatThrownBy(() -> assertThat(v3).table("invoices"))
                .hasMessage("Expecting the schema to have a table invoices, but it has tables ORDERS, USERS");
    }

    @Test
    void aTableThatShouldBeGoneShowsItsColumns() {
        assertThatThrownBy(() -> assertThat(v3).hasNoTable("orders"))
                .hasMessage("Expecting the schema to have no table orders, but it has ORDERS (ID INTEGER NOT NULL,"
                        + " USER_ID INTEGER NOT NULL, NOTE CHARACTER VARYING(200))");
    }

    @Test
    void aMissingColumnShowsTheColumnsThereAre() {
        assertThatThrownBy(() -> assertThat(v1).table("users").hasColumn("email"))
                .hasMessage("Expecting table USERS to have a column email, but it has: ID INTEGER NOT NULL,"
                        + " NAME CHARACTER VARYING(50) NOT NULL");
    }

    @Test
    void aWrongTypeShowsTheActualType() {
        assertThatThrownBy(() -> assertThat(v3).table("users").hasColumn("email").ofType("varchar(200)"))
                .hasMessage("Expecting column USERS.EMAIL to be of type varchar(200), but it is CHARACTER VARYING(100)");
    }

    @Test
    void nullabilityAndDefaultsAreShown() {
        assertThatThrownBy(() -> assertThat(v3).table("users").hasColumn("email").isNotNull())
                .hasMessage("Expecting column USERS.EMAIL to be NOT NULL, but it is nullable");
        assertThatThrownBy(() -> assertThat(v3).table("users").hasColumn("name").hasDefault("'x'"))
                .hasMessage("Expecting column USERS.NAME to have default 'x', but it has none");
    }

    @Test
    void aMissingIndexShowsTheIndexesThereAre() {
        assertThatThrownBy(() -> assertThat(v3).table("users").hasIndex("idx_users_name"))
                .hasMessageStartingWith("Expecting table USERS to have an index idx_users_name, but it has IDX_USERS_EMAIL");
        assertThatThrownBy(() -> assertThat(v1).table("users").hasIndexOn("name"))
                .hasMessage("Expecting table USERS to have an index on [name], but it has no index");
    }

    @Test
    void aMissingViewSaysWhatOtherObjectsThereAre() {
        assertThatThrownBy(() -> assertThat(v3).hasView("user_emails"))
                .hasMessageStartingWith("Expecting the schema to have a view user_emails, but it has none");
    }

    @Test
    void matchesListsEveryDifference() {
        assertThat(v3).matches(v3);
        assertThatThrownBy(() -> assertThat(v3).matches(v1))
                .hasMessageContaining("table ORDERS still exists")
                .hasMessageContaining("column USERS.EMAIL still exists");
    }
}
