package dev.flux.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * N small migrations, each a {@code CREATE TABLE} and an {@code INSERT}, named {@code V<n>__table_<n>.sql}
 * so that flux and Flyway read the same files.
 */
final class MigrationSet {
    final Path directory;
    final int size;

    private MigrationSet(Path directory, int size) {
        this.directory = directory;
        this.size = size;
    }

    static MigrationSet create(int size) throws IOException {
        Path dir = Files.createTempDirectory("flux-bench-" + size + "-");
        for (int i = 1; i <= size; i++) {
            Files.writeString(dir.resolve(file(i)), "CREATE TABLE table_" + i
                    + " (id INT PRIMARY KEY, name VARCHAR(50));\nINSERT INTO table_" + i + " (id, name) VALUES (1, 'row "
                    + i + "');\n");
        }
        return new MigrationSet(dir, size);
    }

    static String file(int i) {
        return "V" + i + "__table_" + i + ".sql";
    }

    /** The files in version order. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            files.add(directory.resolve(file(i)));
        }
        return files;
    }
}
