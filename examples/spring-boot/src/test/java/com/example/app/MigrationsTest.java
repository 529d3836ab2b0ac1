package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The migrations on their own, with flux-junit (flux.toml): no Spring context needed. */
@FluxTest
class MigrationsTest {
    @Test
    @MigrateTo("V2")
    void v2AddsTheEmailColumnToAnEmptyTable(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM customers WHERE email IS NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void v3SeedsTwoCustomers(FluxDatabase db) {
        db.migrateTo("V3");
        assertThat(db.query("SELECT name FROM customers ORDER BY id")).extracting(row -> row.get("NAME"))
                .containsExactly("Ada", "Linus");
    }

    @TestFactory
    Stream<DynamicTest> everyMigrationUndoesCleanly(FluxDatabase db) {
        return db.roundTrips();
    }
}
