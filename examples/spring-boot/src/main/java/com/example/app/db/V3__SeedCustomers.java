package com.example.app.db;

import dev.flux.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * A Java migration: it returns the SQL to run. As a bean, the starter runs it with the SQL migrations; flux-junit
 * finds it through java_packages in flux.toml.
 */
@Component
public class V3__SeedCustomers implements JavaMigration {
    @Override
    public String apply() {
        return """
                INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.com');
                INSERT INTO customers (id, name, email) VALUES (2, 'Linus', 'linus@example.com');
                """;
    }

    @Override
    public String undo() {
        return "DELETE FROM customers WHERE id IN (1, 2);";
    }
}
