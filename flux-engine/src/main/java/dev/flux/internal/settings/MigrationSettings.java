package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.JavaMigration;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.MigrationLocation;
import dev.flux.internal.discovery.MigrationSources;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where the migrations are: the migration directory (on disk or on the class path), the encoding of its scripts,
 * the packages of Java migrations, the class loader they are loaded with, and Java migrations given as objects.
 */
public record MigrationSettings(MigrationLocation directory, Charset encoding, List<String> javaPackages,
                                ClassLoader loader, List<JavaMigration> javaMigrations) {
    public MigrationSettings {
        javaMigrations = List.copyOf(javaMigrations);
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(encoding, "encoding");
        javaPackages = List.copyOf(javaPackages);
        Objects.requireNonNull(loader, "loader");
    }

    /**
     * Each value given to the builder, else the one of {@code file}, else the default: UTF-8 and no Java
     * packages.
     *
     * @param file {@code flux.toml}, or null
     * @throws FluxException with code {@code CONFIG} when no migration directory is given
     */
    public static MigrationSettings resolve(Given.Migrations given, FluxConfig file, ClassLoader loader) {
        MigrationLocation directory = given.directory() != null ? given.directory() : file == null ? null
                : file.migrationLocation();
        if (directory == null) {
            throw new FluxException(ErrorCode.CONFIG, "no migration directory given: call config(...) or "
                    + "migrationDirectory(...) on the builder.");
        }
        Charset encoding = given.encoding() != null ? given.encoding()
                : file != null ? file.encoding() : StandardCharsets.UTF_8;
        List<String> packages = given.javaPackages() != null ? given.javaPackages()
                : file != null ? file.javaPackages() : List.of();
        return new MigrationSettings(directory, encoding, packages, loader, given.javaMigrations());
    }

    /** Finds the migrations now; with {@code repeatables} false, leaves out the pre- and post-apply scripts. */
    public Discovery discover(boolean repeatables) {
        Discovery found = MigrationSources.discover(directory, encoding, loader, javaPackages,
                javaMigrations);
        return repeatables ? found : new Discovery(found.migrations(), List.of(), List.of(), found.problems());
    }
}
