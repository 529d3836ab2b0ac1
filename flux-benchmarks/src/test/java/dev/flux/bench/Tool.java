package dev.flux.bench;

import dev.flux.Flux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** One way of applying a migration set to a database: flux, Flyway, or the raw-JDBC floor. */
enum Tool {
    FLUX("flux") {
        @Override
        void migrate(MigrationSet set, Database db) {
            try (Flux flux = flux(set, db)) {
                flux.migrate();
            }
        }
    },
    FLYWAY("Flyway 13.12.2") {
        @Override
        void migrate(MigrationSet set, Database db) {
            flyway(set, db).migrate();
        }
    },
    FLOOR("raw JDBC floor") {
        /** The same statements, one transaction and one history insert per migration. */
        @Override
        void migrate(MigrationSet set, Database db) throws Exception {
            try (Connection c = db.dataSource().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE history (version VARCHAR(50) PRIMARY KEY, script VARCHAR(200), "
                            + "applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
                }
                c.setAutoCommit(false);
                int version = 0;
                for (Path file : set.files()) {
                    version++;
                    try (Statement s = c.createStatement()) {
                        for (String sql : Files.readString(file).split(";\n")) {
                            if (!sql.isBlank()) {
                                s.execute(sql);
                            }
                        }
                    }
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO history (version, script) VALUES (?, ?)")) {
                        insert.setString(1, Integer.toString(version));
                        insert.setString(2, file.getFileName().toString());
                        insert.executeUpdate();
                    }
                    c.commit();
                }
            }
        }
    },
    PROTOCOL_FLOOR("running-row protocol floor") {
        /**
         * The writes flux's running-row protocol needs, in plain JDBC: per migration, a history row committed
         * as running, the statements auto-committed one by one, then the row marked applied. The floor of a
         * tool that can tell, after a crash, how far a migration got.
         */
        @Override
        void migrate(MigrationSet set, Database db) throws Exception {
            try (Connection c = db.dataSource().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE history (version VARCHAR(50) PRIMARY KEY, script VARCHAR(200), "
                            + "state VARCHAR(20), applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
                }
                int version = 0;
                for (Path file : set.files()) {
                    version++;
                    try (PreparedStatement running = c.prepareStatement(
                            "INSERT INTO history (version, script, state) VALUES (?, ?, 'RUNNING')")) {
                        running.setString(1, Integer.toString(version));
                        running.setString(2, file.getFileName().toString());
                        running.executeUpdate();
                    }
                    try (Statement s = c.createStatement()) {
                        for (String sql : Files.readString(file).split(";\n")) {
                            if (!sql.isBlank()) {
                                s.execute(sql);
                            }
                        }
                    }
                    try (PreparedStatement applied = c.prepareStatement(
                            "UPDATE history SET state = 'APPLIED' WHERE version = ?")) {
                        applied.setString(1, Integer.toString(version));
                        applied.executeUpdate();
                    }
                }
            }
        }
    };

    final String label;

    Tool(String label) {
        this.label = label;
    }

    abstract void migrate(MigrationSet set, Database db) throws Exception;

    static Flux flux(MigrationSet set, Database db) {
        return Flux.builder().backend(db.backend()).migrationDirectory(set.directory).dataSource(db.dataSource())
                .build();
    }

    static Flyway flyway(MigrationSet set, Database db) {
        DataSource ds = db.dataSource();
        return Flyway.configure().dataSource(ds).locations("filesystem:" + set.directory).load();
    }
}
