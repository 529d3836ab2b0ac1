package dev.flux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file changes that turn a Flyway migration folder into a flux one, computed without changing anything
 * ({@link #of(Path)}), then carried out by {@link #write()}. Flyway's undo files {@code U5__x.sql} become
 * {@code V5__<description of V5>.undo.sql}; repeatable {@code R__x.sql} files, and the callbacks
 * {@code afterMigrate*.sql}, move to {@code post-apply/}; {@code beforeMigrate*.sql} to {@code pre-apply/};
 * versioned files in sub-folders move to the top level. Versioned files keep their names, so their
 * checksums do not change. What cannot be converted is listed in {@link #problems()}. Works on files only.
 */
public final class FlywayConversion {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern UNDO = Pattern.compile("U(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final String PRE_APPLY = "pre-apply";
    private static final String POST_APPLY = "post-apply";

    /** One file to move: its path and its new path (both under the migration directory), and why. */
    public record Change(Path from, Path to, String why) {
        @Override
        public String toString() {
            return from + " -> " + to + " (" + why + ")";
        }
    }

    private final Path directory;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private FlywayConversion(Path directory) {
        this.directory = directory;
    }

    /**
     * The changes {@code migrationDirectory} needs; nothing is changed.
     *
     * @throws FluxException with {@link ErrorCode#CONFIG} when the directory does not exist or cannot be read
     */
    public static FlywayConversion of(Path migrationDirectory) {
        if (!Files.isDirectory(migrationDirectory)) {
            throw new FluxException(ErrorCode.CONFIG, "migration directory " + migrationDirectory + " does not"
                    + " exist; point migration_directory in flux.toml at the folder of Flyway's migrations.");
        }
        FlywayConversion conversion = new FlywayConversion(migrationDirectory);
        conversion.plan(sqlFiles(migrationDirectory));
        return conversion;
    }

    /** The moves, in the order {@link #write()} makes them. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** What cannot be converted and needs a hand, each with the file and what to do. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Makes the moves. A target that exists already is never overwritten: it fails with
     * {@link ErrorCode#CONFIG} before anything moves.
     */
    public void write() {
        for (Change c : changes) {
            if (Files.exists(directory.resolve(c.to()))) {
                throw new FluxException(ErrorCode.CONFIG, c.to() + " exists already, so " + c.from() + " cannot"
                        + " move there. Nothing was changed. Merge or rename one of them by hand.");
            }
        }
        for (Change c : changes) {
            try {
                Path to = directory.resolve(c.to());
                Files.createDirectories(to.getParent());
                Files.move(directory.resolve(c.from()), to);
            } catch (IOException e) {
                throw new FluxException(ErrorCode.CONFIG, "could not move " + c.from() + " to " + c.to() + " ("
                        + e.getMessage() + "); the changes listed before it were made. Fix the cause and run"
                        + " the conversion again: it only lists what is left.");
            }
        }
    }

    private void plan(List<Path> files) {
        Map<Version, String> ups = new HashMap<>();
        for (Path file : files) {
            Matcher v = VERSIONED.matcher(file.getFileName().toString());
            if (v.matches() && !file.getFileName().toString().endsWith(".undo.sql")) {
                ups.put(Version.parse(v.group(1)), file.getFileName().toString());
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String folder = file.getParent() == null ? "" : file.getParent().toString().replace('\\', '/');
            if (folder.equals(PRE_APPLY) || folder.equals(POST_APPLY)) {
                continue;
            }
            Matcher undo = UNDO.matcher(name);
            if (undo.matches()) {
                String up = ups.get(Version.parse(undo.group(1)));
                if (up == null) {
                    problems.add(file + ": an undo file of version " + undo.group(1) + ", which has no V file;"
                            + " add the versioned migration or delete the undo file.");
                } else {
                    changes.add(new Change(file, Path.of(up.substring(0, up.length() - 4) + ".undo.sql"),
                            "flux names an undo after its migration"));
                }
            } else if (name.startsWith("R__") && name.endsWith(".sql")) {
                changes.add(new Change(file, Path.of(POST_APPLY, name), "repeatable: runs after every migrate"));
            } else if (name.startsWith("afterMigrate") && name.endsWith(".sql")) {
                changes.add(new Change(file, Path.of(POST_APPLY, name), "callback: runs after every migrate"));
            } else if (name.startsWith("beforeMigrate") && name.endsWith(".sql")) {
                changes.add(new Change(file, Path.of(PRE_APPLY, name), "callback: runs before every migrate"));
            } else if (VERSIONED.matcher(name).matches() && !folder.isEmpty()) {
                changes.add(new Change(file, Path.of(name), "flux reads versioned migrations from the top level"));
            } else if (!VERSIONED.matcher(name).matches()) {
                problems.add(file + ": not a file flux knows (Flyway's baseline migrations and other callbacks have"
                        + " no flux counterpart); rename it to V<version>__<description>.sql or move it out.");
            }
        }
    }

    private static List<Path> sqlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "cannot read the migration directory " + root + ": "
                    + e.getMessage());
        }
    }
}
