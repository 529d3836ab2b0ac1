package com.acme.db;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import dev.flux.junit.RollbackAfter;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FluxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackAfterTest {
    @Test
    @Order(1)
    @MigrateTo("V2")
    void startsAtV2(FluxDatabase db) {
        assertEquals("2", db.version().toString());
    }

    @Test
    @Order(2)
    @MigrateTo("V6")
    @RollbackAfter
    void visitsV6(FluxDatabase db) {
        assertThat(db.schema()).hasTable("user_profiles");
    }

    @Test
    @Order(3)
    void isBackAtV2(FluxDatabase db) {
        assertEquals("2", db.version().toString());
        assertThat(db.schema()).hasNoTable("user_profiles").hasNoTable("invoices");
    }
}
