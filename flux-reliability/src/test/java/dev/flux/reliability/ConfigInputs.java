package dev.flux.reliability;

import static dev.flux.reliability.BadInput.MIGRATE;
import static dev.flux.reliability.BadInput.Start.EMPTY;

import dev.flux.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Broken {@code flux.toml} files, on the H2 project (whose [connection] password is on line 8). Each is
 * reported with its file, line and column, before any connection is opened.
 */
final class ConfigInputs {
    private ConfigInputs() {
    }

    static List<BadInput> all() {
        return List.of(
                BadInput.of("config: unterminated string holding the password", EMPTY,
                        p -> p.replaceInConfig("password = \"" + Secrets.IN_CONNECTION + "\"",
                                "password = \"" + Secrets.IN_CONNECTION), MIGRATE, ErrorCode.CONFIG, "flux.toml:8:"),
                BadInput.of("config: unknown key in [flux]", EMPTY,
                        p -> p.replaceInConfig("migration_directory", "migration_dir = \"x\"\nmigration_directory"),
                        MIGRATE, ErrorCode.CONFIG, "flux.toml:3:1: flux.migration_dir: unknown key"),
                BadInput.of("config: unknown table", EMPTY, p -> p.replaceInConfig("[connection]", "[conection]"),
                        MIGRATE, ErrorCode.CONFIG, "flux.toml:5:1: conection: unknown table", "connection"),
                BadInput.of("config: no backend and no URL to take it from", EMPTY, p -> {
                    p.replaceInConfig("backend = \"h2\"\n", "");
                    p.replaceInConfig("url = \"", "# url = \"");
                }, MIGRATE, ErrorCode.CONFIG, "flux.toml: names no backend and no database URL is given"),
                BadInput.of("config: a backend that does not serve the URL", EMPTY,
                        p -> p.replaceInConfig("backend = \"h2\"", "backend = \"postgres\""), MIGRATE,
                        ErrorCode.CONFIG, "flux.toml:2:1: backend 'postgres' does not serve the URL",
                        "the installed backend 'h2'"),
                BadInput.of("config: no migration_directory", EMPTY,
                        p -> p.replaceInConfig("migration_directory = \"migrations\"\n", ""), MIGRATE,
                        ErrorCode.CONFIG, "flux.toml:1:1: flux.migration_directory: missing"),
                BadInput.of("config: boolean written as a string", EMPTY,
                        p -> p.replaceInConfig("[connection]", "apply_repeatable_on_undo = \"yes\"\n\n[connection]"),
                        MIGRATE, ErrorCode.CONFIG, "flux.toml:5:1: flux.apply_repeatable_on_undo: expected a boolean"),
                BadInput.of("config: misspelt backend option", EMPTY,
                        p -> p.replaceInConfig("[backend]", "[backend]\ntabel = \"history\""), MIGRATE,
                        ErrorCode.CONFIG, "flux.toml:11:1: backend.tabel: unknown key", "did you mean 'table'?"),
                BadInput.of("config: password from an unset environment variable", EMPTY,
                        p -> p.replaceInConfig(Secrets.IN_CONNECTION, "${env:REL_NEVER_SET_VARIABLE}"), MIGRATE,
                        ErrorCode.CONFIG, "flux.toml:8:1: connection.password: environment variable "
                                + "REL_NEVER_SET_VARIABLE is not set"),
                BadInput.of("config: unknown backend", EMPTY,
                        p -> p.replaceInConfig("backend = \"h2\"", "backend = \"sybase\""), MIGRATE,
                        ErrorCode.BACKEND, "flux.toml:2:1: unknown backend 'sybase'", "installed backends: h2"),
                BadInput.of("config: unknown encoding", EMPTY,
                        p -> p.replaceInConfig("[connection]", "encoding = \"UTF-9\"\n\n[connection]"), MIGRATE,
                        ErrorCode.CONFIG, "flux.toml:5:1: flux.encoding: unknown charset 'UTF-9'"),
                BadInput.of("config: negative lock_timeout", EMPTY,
                        p -> p.replaceInConfig("lock_timeout = 2", "lock_timeout = -1"), MIGRATE, ErrorCode.CONFIG,
                        "backend.lock_timeout: expected whole seconds"),
                BadInput.of("config: not valid UTF-8", EMPTY, p -> {
                    byte[] start = "[flux]\nbackend = \"h2\"\n# caf".getBytes(StandardCharsets.UTF_8);
                    byte[] rest = Files.readAllBytes(p.config);
                    byte[] all = new byte[start.length + 1 + rest.length];
                    System.arraycopy(start, 0, all, 0, start.length);
                    all[start.length] = (byte) 0xE9;
                    System.arraycopy(rest, 0, all, start.length + 1, rest.length);
                    Files.write(p.config, all);
                }, MIGRATE, ErrorCode.CONFIG, "flux.toml:3:6: not valid UTF-8"),
                BadInput.of("config: history table name that is not an identifier", EMPTY,
                        p -> p.replaceInConfig("[backend]", "[backend]\ntable = \"flux; DROP TABLE users\""), MIGRATE,
                        ErrorCode.CONFIG, "backend.table: 'flux; DROP TABLE users' is not a plain identifier"),
                BadInput.of("config: key outside any table", EMPTY,
                        p -> p.config("user = \"rel\"\n" + p.toml()), MIGRATE, ErrorCode.CONFIG,
                        "flux.toml:1:1: user: key outside any table; move it under [connection]"),
                BadInput.of("config: unsupported placeholder in the URL", EMPTY,
                        p -> p.replaceInConfig("url = \"", "url = \"${secret:db}"), MIGRATE, ErrorCode.CONFIG,
                        "flux.toml:6:1: connection.url: unsupported placeholder"),
                BadInput.of("config: java package that is not a name", EMPTY,
                        p -> p.replaceInConfig("[connection]", "java_packages = [\"com.acme db\"]\n\n[connection]"),
                        MIGRATE, ErrorCode.CONFIG, "flux.toml:5:18: flux.java_packages[0]",
                        "'com.acme db' is not a Java package name"),
                BadInput.of("config: file missing", EMPTY, p -> Files.delete(p.config), MIGRATE, ErrorCode.CONFIG,
                        "flux.toml: not found"),
                BadInput.of("config: migration directory missing", EMPTY,
                        p -> p.replaceInConfig("\"migrations\"", "\"no-such-folder\""), MIGRATE, ErrorCode.CONFIG,
                        "no-such-folder does not exist"));
    }
}
