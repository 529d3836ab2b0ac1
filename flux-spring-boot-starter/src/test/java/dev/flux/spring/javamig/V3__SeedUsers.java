package dev.flux.spring.javamig;

import dev.flux.JavaMigration;

/** A Java migration found through flux.java-packages. */
public class V3__SeedUsers implements JavaMigration {
    @Override
    public String apply() {
        return "INSERT INTO users (id, name) VALUES (1, 'from package');";
    }

    @Override
    public String undo() {
        return "DELETE FROM users WHERE id = 1;";
    }
}
