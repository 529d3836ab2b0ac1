package com.acme.db;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@FluxTest
class UndoTest {
    @TestFactory
    Stream<DynamicTest> everyMigrationUndoesCleanly(FluxDatabase db) {
        return db.roundTrips();
    }
}
