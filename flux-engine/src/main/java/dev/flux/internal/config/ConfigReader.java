package dev.flux.internal.config;

import dev.flux.internal.discovery.MigrationLocation;
import dev.flux.internal.jdbc.Redactor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Checks one parsed {@code flux.toml} against the rules of docs/configuration.md and builds its {@link FluxConfig}, collecting every
 * problem before throwing. Messages name keys and types, never values (a value may be a password).
 */
final class ConfigReader {
    static final List<String> TABLES = List.of("flux", "connection", "backend");
    static final List<String> FLUX_KEYS =
            List.of("backend", "migration_directory", "java_packages", "apply_repeatable_on_undo", "encoding",
                    "allow_non_empty");
    static final List<String> CONNECTION_KEYS = List.of("url", "user", "password");

    private final Path file;
    private final TomlTable root;
    private final Placeholders placeholders;
    private final ConfigProblems problems;
    private final boolean readConnection;

    /** {@code readConnection} false: {@code [connection]} keys are checked, its values are left unread. */
    ConfigReader(Path file, TomlTable root, Placeholders placeholders, ConfigProblems problems,
                 boolean readConnection) {
        this.file = file;
        this.root = root;
        this.placeholders = placeholders;
        this.problems = problems;
        this.readConnection = readConnection;
    }

    FluxConfig read() {
        checkTopLevel();
        TomlTable flux = table("flux");
        TomlTable connection = table("connection");
        checkKeys("flux", flux, FLUX_KEYS);
        checkKeys("connection", connection, CONNECTION_KEYS);
        String backend = optional(flux, "backend", "h2");
        String directory = required(flux, "migration_directory", "src/main/flux");
        List<String> packages = javaPackages(flux);
        Object applyRepeatable =
                typed(flux, "flux", "apply_repeatable_on_undo", Boolean.class, "a boolean (true or false)");
        Object allowNonEmpty = typed(flux, "flux", "allow_non_empty", Boolean.class, "a boolean (true or false)");
        Charset encoding = encoding(flux);
        ConnectionSettings settings = !readConnection ? ConnectionSettings.NONE
                : new ConnectionSettings(string(connection, "connection", "url"),
                        string(connection, "connection", "user"), string(connection, "connection", "password"));
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, String> positions = new LinkedHashMap<>();
        backendOptions(table("backend"), options, positions);
        MigrationLocation migrationDirectory = directory == null ? null : resolve(directory, flux);
        problems.throwIfAny();
        return new FluxConfig(file, backend,
                backend == null ? null : problems.where(flux.inputPositionOf(List.of("backend"))),
                migrationDirectory, packages, applyRepeatable == null || (Boolean) applyRepeatable, encoding,
                settings, options, positions, Boolean.TRUE.equals(allowNonEmpty));
    }

    private void checkTopLevel() {
        for (String name : root.keySet()) {
            Object value = root.get(List.of(name));
            TomlPosition position = root.inputPositionOf(List.of(name));
            if (TABLES.contains(name)) {
                continue;
            }
            if (value instanceof TomlTable) {
                problems.add(position, name + ": unknown table" + hintOrDot(name, TABLES) + " Valid tables: "
                        + String.join(", ", TABLES));
            } else if (FLUX_KEYS.contains(name) || CONNECTION_KEYS.contains(name)) {
                problems.add(position, name + ": key outside any table; move it under ["
                        + (FLUX_KEYS.contains(name) ? "flux" : "connection") + "]");
            } else {
                problems.add(position, name + ": key outside any table; keys belong under [flux], [connection]"
                        + " or [backend]");
            }
        }
    }

    private TomlTable table(String name) {
        Object value = root.get(List.of(name));
        if (value == null || value instanceof TomlTable) {
            return (TomlTable) value;
        }
        String fix = name.equals("backend") ? "; the backend is chosen with backend = \"...\" under [flux]" : "";
        problems.add(root.inputPositionOf(List.of(name)), name + ": expected a table ([" + name + "]), found "
                + TomlTypes.describe(value) + fix);
        return null;
    }

    private void checkKeys(String tableName, TomlTable table, List<String> valid) {
        if (table == null) {
            return;
        }
        for (String key : table.keySet()) {
            if (!valid.contains(key)) {
                problems.add(table.inputPositionOf(List.of(key)), tableName + "." + key + ": unknown key"
                        + hintOrDot(key, valid) + " Valid keys: " + String.join(", ", valid));
            }
        }
    }

    /** The value of {@code key}, or null when it is absent; blank is a problem. */
    private String optional(TomlTable flux, String key, String example) {
        return flux == null || flux.get(List.of(key)) == null ? null : required(flux, key, example);
    }

    private String required(TomlTable flux, String key, String example) {
        Object value = flux == null ? null : flux.get(List.of(key));
        if (value == null) {
            TomlPosition position = flux == null ? null : root.inputPositionOf(List.of("flux"));
            problems.add(position, "flux." + key + ": missing; add " + key + " = \"" + example + "\" under [flux]"
                    + (flux == null ? " (the [flux] table is missing too)" : ""));
            return null;
        }
        String text = string(flux, "flux", key);
        if (text != null && text.isBlank()) {
            problems.add(flux.inputPositionOf(List.of(key)), "flux." + key + ": is empty; write for example "
                    + key + " = \"" + example + "\"");
            return null;
        }
        return text;
    }

    private String string(TomlTable table, String tableName, String key) {
        Object value = typed(table, tableName, key, String.class, "a string (in quotes)");
        return value == null
                ? null
                : substitute((String) value, tableName + "." + key, table.inputPositionOf(List.of(key)));
    }

    private Object typed(TomlTable table, String tableName, String key, Class<?> type, String expected) {
        Object value = table == null ? null : table.get(List.of(key));
        if (value == null || type.isInstance(value)) {
            return value;
        }
        problems.add(table.inputPositionOf(List.of(key)), tableName + "." + key + ": expected " + expected
                + ", found " + TomlTypes.describe(value));
        return null;
    }

    private List<String> javaPackages(TomlTable flux) {
        TomlArray array = (TomlArray) typed(flux, "flux", "java_packages", TomlArray.class,
                "an array of strings (java_packages = [\"com.acme.db\"])");
        List<String> packages = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String key = "flux.java_packages[" + i + "]";
            Object element = array.get(i);
            if (!(element instanceof String text)) {
                problems.add(array.inputPositionOf(i), key + ": expected a string (a package name), found "
                        + TomlTypes.describe(element));
                continue;
            }
            String name = substitute(text, key, array.inputPositionOf(i));
            if (!name.matches("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*")) {
                problems.add(array.inputPositionOf(i), key + ": '" + name + "' is not a Java package name;"
                        + " write it like com.acme.db");
            }
            packages.add(name);
        }
        return packages;
    }

    private Charset encoding(TomlTable flux) {
        String name = string(flux, "flux", "encoding");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            problems.add(flux.inputPositionOf(List.of("encoding")), "flux.encoding: unknown charset '" + name + "'"
                    + hintOrDot(name, Charset.availableCharsets().keySet()) + " Use a Java charset name such as"
                    + " UTF-8 or ISO-8859-1");
            return StandardCharsets.UTF_8;
        }
    }

    private void backendOptions(TomlTable backend, Map<String, Object> options, Map<String, String> positions) {
        if (backend == null) {
            return;
        }
        for (String key : backend.keySet()) {
            TomlPosition position = backend.inputPositionOf(List.of(key));
            options.put(key, option("backend." + key, backend.get(List.of(key)), position));
            positions.put(key, problems.where(position));
        }
    }

    private Object option(String key, Object value, TomlPosition position) {
        if (value instanceof String text) {
            return substitute(text, key, position);
        }
        if (value instanceof TomlArray array) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                elements.add(option(key + "[" + i + "]", array.get(i), array.inputPositionOf(i)));
            }
            return Collections.unmodifiableList(elements);
        }
        if (value instanceof TomlTable) {
            problems.add(position, key + ": expected a string, number, boolean or array, found a table;"
                    + " [backend] options are single values");
        }
        return value;
    }

    private String substitute(String value, String key, TomlPosition position) {
        boolean sensitive = key.equals("connection.url") || Redactor.isSecretName(key);
        return placeholders.substitute(value, key, sensitive, problem -> problems.add(position, problem));
    }

    private MigrationLocation resolve(String directory, TomlTable flux) {
        try {
            return MigrationLocation.parse(directory, file.toAbsolutePath().getParent());
        } catch (InvalidPathException e) {
            problems.add(flux.inputPositionOf(List.of("migration_directory")),
                    "flux.migration_directory: not a valid path (" + e.getReason() + ")");
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(flux.inputPositionOf(List.of("migration_directory")),
                    "flux.migration_directory: " + e.getMessage());
            return null;
        }
    }

    private static String hintOrDot(String name, Collection<String> candidates) {
        String hint = DidYouMean.hint(name, candidates);
        return hint.isEmpty() ? "." : hint;
    }
}
