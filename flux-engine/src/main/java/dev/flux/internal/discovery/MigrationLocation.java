package dev.flux.internal.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the migration scripts are: a directory on disk, or a folder on the class path written
 * {@code classpath:db/flux}. Exactly one of {@code directory} and {@code classPath} is set; {@code classPath}
 * has no leading or trailing slash.
 */
public record MigrationLocation(Path directory, String classPath) {
    /** What starts a class path location. */
    public static final String PREFIX = "classpath:";

    public MigrationLocation {
        if ((directory == null) == (classPath == null)) {
            throw new IllegalArgumentException("give a directory or a class path folder");
        }
    }

    /** A directory on disk. */
    public static MigrationLocation of(Path directory) {
        return new MigrationLocation(Objects.requireNonNull(directory, "directory"), null);
    }

    /**
     * {@code classpath:db/flux} as a class path folder, anything else as a path resolved against {@code base}
     * (null: as given).
     *
     * @throws IllegalArgumentException if it is not a valid path ({@link java.nio.file.InvalidPathException}),
     *                                  or {@code classpath:} names no folder
     */
    public static MigrationLocation parse(String text, Path base) {
        if (text.startsWith(PREFIX)) {
            String folder = text.substring(PREFIX.length()).trim().replaceAll("^/+", "").replaceAll("/+$", "");
            if (folder.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' names no folder; write classpath:db/flux,"
                        + " for example");
            }
            return new MigrationLocation(null, folder);
        }
        Path path = Path.of(text);
        return of(base == null ? path : base.resolve(path).normalize());
    }

    /** Whether this is a class path folder. */
    public boolean onClassPath() {
        return classPath != null;
    }

    /** The folder, read through {@code loader} when it is on the class path. */
    ScriptFolder open(ClassLoader loader) {
        return onClassPath() ? new ClassPathFolder(classPath, loader) : new DirectoryFolder(directory);
    }

    /** {@code classpath:db/flux} or the directory's path. */
    @Override
    public String toString() {
        return onClassPath() ? PREFIX + classPath : directory.toString();
    }
}
