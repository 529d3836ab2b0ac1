package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FluxTest(config = "src/test/resources/projects/shop/flux.toml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackAfterTest {
    @Test
    @Order(1)
    @MigrateTo("V2")
    void setsTheStartingVersion(FluxDatabase db) {
        db.update("INSERT INTO users (id, name) VALUES (1, 'Ada')");
    }

    @Test
    @Order(2)
    @MigrateTo("V5")
    @RollbackAfter
    void movesUp(FluxDatabase db) {
        assertThat(db.version()).hasToString("5");
    }

    @Test
    @Order(3)
    void wasReturnedToTheVersionBeforeTheTestWithItsData(FluxDatabase db) {
        assertThat(db.version()).hasToString("2");
        assertThat(db.schema()).hasNoTable("orders").hasNoTable("audit");
        assertThat(db.queryValue("SELECT email FROM users WHERE id = 1", String.class))
                .as("the backfill of V4 was undone").isNull();
    }

    @Test
    @Order(4)
    @MigrateTo("V1")
    @RollbackAfter
    void movesDown(FluxDatabase db) {
        assertThat(db.schema()).table("users").hasNoColumn("email");
    }

    @Test
    @Order(5)
    void wasReturnedUpAgain(FluxDatabase db) {
        assertThat(db.version()).hasToString("2");
        assertThat(db.schema()).table("users").hasColumn("email");
    }

    @Test
    @Order(6)
    @RollbackAfter
    void undoesTheMovesATestMakesItself(FluxDatabase db) {
        db.migrateTo("V4");
        db.downOne();
        db.upOne();
    }

    @Test
    @Order(7)
    void isBackAtTheVersionBeforeThoseMoves(FluxDatabase db) {
        assertThat(db.version()).hasToString("2");
    }

    @Nested
    @RollbackAfter
    class OnAClass {
        @Test
        @MigrateTo("V3")
        void appliesToEachTest(FluxDatabase db) {
            assertThat(db.version()).hasToString("3");
        }

        @Test
        @MigrateTo("V4")
        void appliesToEachTestToo(FluxDatabase db) {
            assertThat(db.version()).hasToString("4");
        }
    }
}
