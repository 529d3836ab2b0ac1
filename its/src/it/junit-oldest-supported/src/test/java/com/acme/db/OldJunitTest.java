package com.acme.db;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import dev.flux.junit.RollbackAfter;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@FluxTest
class OldJunitTest {
    @Test
    void theProjectsJunitIsTheOneThatRuns() {
        assertEquals("5.12.2", Test.class.getPackage().getImplementationVersion());
    }

    @Test
    @MigrateTo("V2")
    @RollbackAfter
    void v2HasNoNotes(FluxDatabase db) {
        assertEquals("2", db.version().toString());
        assertThat(db.schema()).hasTable("orders").table("orders").hasNoColumn("note");
    }

    @TestFactory
    Stream<DynamicTest> roundTrips(FluxDatabase db) {
        return db.roundTrips();
    }
}
