package dev.flux.internal.discovery;

import dev.flux.JavaMigration;
import dev.flux.Problem;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every migration of a project: the SQL files of the migration directory and the Java migrations
 * of {@code java_packages}, merged into one {@link Discovery}. SQL and Java migrations share one version
 * space, so a SQL {@code V3} and a Java {@code V3} are {@code FLUX-DUPLICATE}.
 */
public final class MigrationSources {
    private MigrationSources() {
    }

    /**
     * Scans the migration directory and the Java packages.
     *
     * @param location     the migration directory, already resolved against the folder of flux.toml, or a
     *                     class path folder
     * @param charset      the {@code encoding} of flux.toml
     * @param loader       where Java migrations and class path folders are loaded from; null means the thread's context class
     *                     loader (or flux's own loader if there is none)
     * @param javaPackages the {@code java_packages} of flux.toml; empty when there are no Java migrations
     * @throws dev.flux.FluxException with {@code FLUX-CONFIG} if the directory does not exist or a file
     *                                cannot be read; every other problem is in the result
     */
    public static Discovery discover(MigrationLocation location, Charset charset, ClassLoader loader,
                                     List<String> javaPackages) {
        return discover(location, charset, loader, javaPackages, List.of());
    }

    /** Like {@link #discover(MigrationLocation, Charset, ClassLoader, List)}, with Java migrations given as objects. */
    public static Discovery discover(MigrationLocation location, Charset charset, ClassLoader loader,
                                     List<String> javaPackages, List<JavaMigration> javaMigrations) {
        ClassLoader classes = loaderOrDefault(loader);
        Discovery sql = MigrationDirectory.scan(location, charset, classes);
        if (javaPackages.isEmpty() && javaMigrations.isEmpty()) {
            return sql;
        }
        return merge(sql, JavaMigrations.scan(classes, javaPackages, javaMigrations));
    }

    /** Both discoveries in one: migrations merged by version with duplicates across them removed. */
    static Discovery merge(Discovery sql, Discovery java) {
        List<Problem> problems = new ArrayList<>(sql.problems());
        problems.addAll(java.problems());
        List<Migration> all = new ArrayList<>(sql.migrations());
        all.addAll(java.migrations());
        List<Migration> migrations = Duplicates.removeFrom(all, problems);
        return new Discovery(migrations, sql.preApply(), sql.postApply(), problems);
    }

    private static ClassLoader loaderOrDefault(ClassLoader loader) {
        if (loader != null) {
            return loader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : MigrationSources.class.getClassLoader();
    }
}
