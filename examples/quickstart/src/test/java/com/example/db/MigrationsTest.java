package com.example.db;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The quickstart's migrations, each in a database of its own for this class (H2 in memory). */
@FluxTest
class MigrationsTest {
    /** Every migration applied, undone and applied again, with the schema compared each time. */
    @TestFactory
    Stream<DynamicTest> everyMigrationUndoesCleanly(FluxDatabase db) {
        return db.roundTrips();
    }

    @Test
    @MigrateTo("V1")
    void atV1ThereAreUsersWithoutEmail(FluxDatabase db) {
        assertEquals("1", db.version().toString());
        assertThat(db.schema()).table("users").hasNoColumn("email");
    }
}
