package com.acme.db;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import org.junit.jupiter.api.Test;

@FluxTest
class MigrateToTest {
    @Test
    @MigrateTo("V5")
    void v5IsExactlyV5(FluxDatabase db) {
        assertEquals("5", db.version().toString());
        assertThat(db.schema())
                .hasTable("invoices")
                .hasNoTable("user_profiles")
                .table("users").hasColumn("email").ofType("varchar(100)").and().hasIndex("idx_users_email");
    }

    @Test
    @MigrateTo("V2")
    void v2HasNeitherNotesNorInvoices(FluxDatabase db) {
        assertThat(db.schema()).hasNoTable("invoices").table("orders").hasNoColumn("note");
    }
}
