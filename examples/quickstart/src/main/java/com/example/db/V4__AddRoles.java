package com.example.db;

import dev.flux.JavaMigration;
import java.util.List;

/**
 * A Java migration: it returns the SQL to run, built with an ordinary helper. The checksum covers that
 * SQL, so changing {@link Seed} in a way that changes it is caught as an edit of an applied migration.
 */
public final class V4__AddRoles implements JavaMigration {
    @Override
    public String apply() {
        return "CREATE TABLE roles (name VARCHAR(40) PRIMARY KEY);\n"
                + Seed.insert("roles", "name", List.of("admin", "member", "guest"));
    }

    @Override
    public String undo() {
        return "DROP TABLE roles;";
    }
}
