package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the SQL files of a migration directory at any depth, as paths relative to it with forward
 * slashes, sorted. Files and folders whose name starts with {@code .} are skipped; so are files that do
 * not end in {@code .sql} (in any letter case, so that {@code V1__x.SQL} can be reported, not skipped).
 */
final class SqlFiles {
    private SqlFiles() {
    }

    /** Whether a path found under the migration directory is one {@link #list(Path)} would give. */
    static boolean accepts(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    static List<String> list(Path root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found, new HashSet<>());
        found.sort(null);
        return found;
    }

    private static void walk(Path dir, String prefix, List<String> found, Set<Path> seen) {
        try {
            if (!seen.add(dir.toRealPath())) {
                return;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(entry)) {
                        walk(entry, prefix + name + "/", found, seen);
                    } else if (name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                        found.add(prefix + name);
                    }
                }
            }
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "cannot list " + dir + " (" + Failures.describe(e)
                    + "); check that the migration directory is readable", e);
        }
    }
}
