package dev.flux.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project a hostile input is applied to: {@code flux.toml} with the [connection] password, and the
 * baseline migrations V1 (users) and V2 (orders), each with its undo. Cases break its files.
 */
final class HostileProject {
    static final String BASELINE_V1 = "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n";
    static final String BASELINE_V2 = "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT REFERENCES users (id));\n"
            + "CREATE INDEX orders_user ON orders (user_id);\n";

    final Path directory;
    final Path config;
    final Path migrations;
    final String backend;
    final Credentials credentials;
    final Map<String, Object> options;
    /** What a change learned, such as a lock holder's process id, for the expected message. */
    final Map<String, String> facts = new HashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    HostileProject(Path directory, String backend, Credentials credentials, Map<String, Object> options)
            throws IOException {
        this.directory = directory;
        this.backend = backend;
        this.credentials = credentials;
        this.options = options;
        this.config = directory.resolve("flux.toml");
        this.migrations = directory.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(config, toml());
        write("V1__users.sql", BASELINE_V1);
        write("V1__users.undo.sql", "DROP TABLE users;\n");
        write("V2__orders.sql", BASELINE_V2);
        write("V2__orders.undo.sql", "DROP TABLE orders;\n");
    }

    /** The good {@code flux.toml}: [flux] on lines 1-3, [connection] on 5-8 (H2: url, user, password), [backend]. */
    String toml() {
        return credentials.toml(backend, "migrations", options);
    }

    /** Replaces {@code flux.toml}. */
    void config(String toml) throws IOException {
        Files.writeString(config, toml);
    }

    /** Replaces the first {@code text} in {@code flux.toml} by {@code replacement}; fails if it is not there. */
    void replaceInConfig(String text, String replacement) throws IOException {
        String toml = Files.readString(config);
        if (!toml.contains(text)) {
            throw new AssertionError("flux.toml has no '" + text + "':\n" + toml);
        }
        config(toml.replace(text, replacement));
    }

    /** Writes a file under the migration directory (sub-folders are created). */
    void write(String file, String content) throws IOException {
        writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    void writeBytes(String file, byte[] content) throws IOException {
        Path path = migrations.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
    }

    void delete(String file) throws IOException {
        Files.delete(migrations.resolve(file));
    }

    void rename(String from, String to) throws IOException {
        Files.move(migrations.resolve(from), migrations.resolve(to));
    }

    /** Something a change started (a process, a socket), ended by {@link #closeResources()}. */
    void closeLater(AutoCloseable resource) {
        resources.add(resource);
    }

    void closeResources() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        resources.clear();
    }
}
