package dev.flux;

import dev.flux.internal.Backends;
import dev.flux.internal.config.ConfigLoader;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.jdbc.Redactor;
import dev.flux.spi.BackendProvider;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only view of one {@code flux.toml}, read and checked as {@link Flux#builder()} reads it, for tools
 * that need to know the backend and where migrations live without connecting (creating a migration file,
 * choosing a test database). Immutable.
 *
 * <p>The {@code [connection]} table is not part of the view: its keys are checked, its values are neither
 * read nor substituted, so an unset {@code ${env:...}} there does not stop such a tool. Connection settings
 * are resolved by {@link Flux#builder()} only, with their precedence.
 */
public final class FluxConfiguration {
    private final FluxConfig config;

    private FluxConfiguration(FluxConfig config) {
        this.config = config;
    }

    /**
     * Reads {@code file}, substituting {@code ${env:NAME}} and {@code ${sys:name}} from the environment and
     * the system properties.
     *
     * @throws FluxException with code {@link ErrorCode#CONFIG} listing every problem as {@code file:line:column:
     *         message}, or when the file cannot be read
     */
    public static FluxConfiguration read(Path file) {
        return new FluxConfiguration(ConfigLoader.loadWithoutConnection(file));
    }

    /**
     * Reads {@code file}, looking {@code ${env:NAME}} up in {@code environment} and {@code ${sys:name}} in
     * {@code systemProperties}; each returns null for "not set", which is an error naming the variable.
     *
     * @throws FluxException with code {@link ErrorCode#CONFIG} listing every problem as {@code file:line:column:
     *         message}, or when the file cannot be read
     */
    public static FluxConfiguration read(Path file, Function<String, String> environment,
                                         Function<String, String> systemProperties) {
        return new FluxConfiguration(ConfigLoader.loadWithoutConnection(file, environment, systemProperties));
    }

    /** The file this was read from, as given to {@link #read(Path)}. */
    public Path file() {
        return config.file();
    }

    /** The absolute folder holding the file; relative paths in it resolve against this. */
    public Path directory() {
        return config.directory();
    }

    /**
     * The backend name, {@code backend} under {@code [flux]}, such as {@code postgres}; null when the file
     * names none (a {@link Flux} then takes the backend from the database URL).
     */
    public String backend() {
        return config.backend();
    }

    /**
     * The backend this file names, found with {@link java.util.ServiceLoader} on {@code loader} and on flux's
     * own class loader.
     *
     * @throws FluxException with code {@link ErrorCode#BACKEND} naming the file, line and column of the name
     *         and listing the installed backends, when no backend has that name; with code
     *         {@link ErrorCode#CONFIG} when the file names no backend
     */
    public BackendProvider backendProvider(ClassLoader loader) {
        if (config.backend() == null) {
            throw new FluxException(ErrorCode.CONFIG, config.file() + ": names no backend, so it cannot be told"
                    + " without a database URL; add backend = \"h2\" (or the backend of your database) under"
                    + " [flux].");
        }
        return Backends.find(config.backend(), loader, config.backendPosition());
    }

    /**
     * The absolute migration directory, {@code migration_directory}; whether it exists is not checked. Null when
     * the migrations are on the class path ({@code classpath:db/flux}; see {@link #migrationLocation()}).
     */
    public Path migrationDirectory() {
        return config.migrationDirectory();
    }

    /** {@code migration_directory} as flux reads it: {@code classpath:db/flux}, or the absolute directory. */
    public String migrationLocation() {
        return config.migrationLocation().toString();
    }

    /** The packages of Java migrations, {@code java_packages}, in file order; empty when not set. */
    public List<String> javaPackages() {
        return config.javaPackages();
    }

    /** {@code apply_repeatable_on_undo}; true when not set. */
    public boolean applyRepeatableOnUndo() {
        return config.applyRepeatableOnUndo();
    }

    /**
     * {@code allow_non_empty}: whether migrate may start on a database with objects but no flux history;
     * false when not set.
     */
    public boolean allowNonEmpty() {
        return config.allowNonEmpty();
    }

    /** The encoding of SQL files, {@code encoding}; UTF-8 when not set. */
    public Charset encoding() {
        return config.encoding();
    }

    /**
     * The {@code [backend]} options in file order, unmodifiable, as TOML values: String, Long, Double,
     * Boolean, java.time values, or unmodifiable Lists of those. They are checked by the backend only when a
     * {@link Flux} is built.
     */
    public Map<String, Object> backendOptions() {
        return config.backendOptions();
    }

    /** Everything but the values of options whose name mentions a password or secret, which are masked. */
    @Override
    public String toString() {
        String options = backendOptions().entrySet().stream()
                .map(e -> e.getKey() + "=" + (Redactor.isSecretName(e.getKey()) ? Secrets.MASK : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "FluxConfiguration[file=" + file() + ", backend=" + backend() + ", migrationDirectory="
                + migrationLocation() + ", javaPackages=" + javaPackages() + ", applyRepeatableOnUndo="
                + applyRepeatableOnUndo() + ", encoding=" + encoding() + ", backendOptions=" + options
                + ", allowNonEmpty=" + allowNonEmpty() + "]";
    }
}
