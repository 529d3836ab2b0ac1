package dev.flux.internal.config;

import dev.flux.internal.discovery.MigrationLocation;
import dev.flux.internal.jdbc.Redactor;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The content of one {@code flux.toml}, checked and with placeholders substituted. Positions are
 * {@code file:line:column} strings (file as given to {@link ConfigLoader#load}) so that the engine can
 * report an unknown backend or a bad backend option where it was written. {@code backend} and
 * {@code backendPosition} are null when the file names no backend (it then comes from the database URL).
 * {@code migrationLocation} is a class path folder or an absolute directory; its existence is not checked
 * here. {@code backendOptions} keeps the file's order and holds TOML values: String, Long, Double, Boolean,
 * java.time values, or unmodifiable Lists of those. {@code allowNonEmpty} lets migrate start on a database
 * that has objects but no flux history.
 */
public record FluxConfig(Path file, String backend, String backendPosition, MigrationLocation migrationLocation,
                         List<String> javaPackages, boolean applyRepeatableOnUndo, Charset encoding,
                         ConnectionSettings connection, Map<String, Object> backendOptions,
                         Map<String, String> backendOptionPositions, boolean allowNonEmpty) {
    public FluxConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(migrationLocation, "migrationLocation");
        Objects.requireNonNull(encoding, "encoding");
        javaPackages = List.copyOf(javaPackages);
        connection = connection == null ? ConnectionSettings.NONE : connection;
        backendOptions = Collections.unmodifiableMap(new LinkedHashMap<>(backendOptions));
        backendOptionPositions = Collections.unmodifiableMap(new LinkedHashMap<>(backendOptionPositions));
    }

    /** The absolute migration directory, or null when it is on the class path. */
    public Path migrationDirectory() {
        return migrationLocation.directory();
    }

    /** The absolute folder holding {@code flux.toml}; relative paths in it resolve against this. */
    public Path directory() {
        return file.toAbsolutePath().getParent();
    }

    /** Shows everything but passwords: option values whose name mentions a password or secret are masked. */
    @Override
    public String toString() {
        String options = backendOptions.entrySet().stream()
                .map(e -> e.getKey() + "=" + (Redactor.isSecretName(e.getKey()) ? Redactor.MASK : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "FluxConfig[file=" + file + ", backend=" + backend + ", migrationDirectory=" + migrationLocation
                + ", javaPackages=" + javaPackages + ", applyRepeatableOnUndo=" + applyRepeatableOnUndo
                + ", encoding=" + encoding + ", connection=" + connection + ", backendOptions=" + options
                + ", allowNonEmpty=" + allowNonEmpty + "]";
    }
}
