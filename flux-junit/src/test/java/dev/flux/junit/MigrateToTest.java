package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrateToTest {
    @Test
    @Order(1)
    void theDatabaseStartsEmpty(FluxDatabase db) {
        assertThat(db.version()).hasToString("0");
        assertThat(db.schema().tables()).isEmpty();
    }

    @Test
    @Order(2)
    @MigrateTo("V3")
    void putsTheDatabaseAtExactlyThatVersion(FluxDatabase db) {
        assertThat(db.version()).hasToString("3");
        assertThat(db.schema()).hasTable("orders").hasNoTable("audit")
                .table("users").hasColumn("email").ofType("varchar(100)");
    }

    @Test
    @Order(3)
    @MigrateTo("V1")
    void movesDownWithUndoScripts(FluxDatabase db) {
        assertThat(db.version()).hasToString("1");
        assertThat(db.schema()).hasNoTable("orders").table("users").hasNoColumn("email");
    }

    @Test
    @Order(4)
    @MigrateTo("V5__audit")
    void acceptsAFullId(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    @Order(5)
    @MigrateTo("0")
    void zeroEmptiesTheDatabase(FluxDatabase db) {
        assertThat(db.schema().tables()).isEmpty();
    }

    @Nested
    @MigrateTo("V2")
    class AClassLevelTarget {
        @Test
        void appliesToEveryTestOfTheClass(FluxDatabase db) {
            assertThat(db.version()).hasToString("2");
        }

        @Test
        @MigrateTo("V4")
        void yieldsToTheMethodsOwn(FluxDatabase db) {
            assertThat(db.version()).hasToString("4");
        }
    }
}
