package com.acme.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

@FluxTest
class BackfillTest {
    @Test
    @MigrateTo("V5")
    void v6GivesEveryExistingUserAProfile(FluxDatabase db, Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)")) {
            insert.setInt(1, 1);
            insert.setString(2, "Ada");
            insert.executeUpdate();
        }
        db.update("INSERT INTO users (id, name) VALUES (?, ?)", 2, "Grace");

        db.migrateTo("V6");

        assertEquals("ADA", db.queryValue("SELECT display_name FROM user_profiles WHERE user_id = 1", String.class));
        assertEquals("GRACE", db.queryValue("SELECT display_name FROM user_profiles WHERE user_id = 2", String.class));
    }
}
