package dev.flux.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String MINIMAL = "[flux]\nbackend = \"h2\"\nmigration_directory = \"db\"\n";

    @TempDir
    Path dir;

    private final Map<String, String> environment = Map.of("APP_DB_PASSWORD", "env-S3cret!", "DB_HOST", "db.example");
    private final Map<String, String> systemProperties = Map.of("db.user", "sys-user");

    private FluxConfig load(Path file) {
        return ConfigLoader.load(file, environment::get, systemProperties::get);
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("flux.toml");
        Files.write(file, bytes);
        return file;
    }

    private FluxException problemsOf(String text) throws IOException {
        Path file = write(text);
        FluxException e = catchThrowableOfType(FluxException.class, () -> load(file));
        assertThat(e).as("a FluxException").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        return e;
    }

    @Test
    void readsEveryKeyOfACompleteFile() throws IOException {
        Path file = write("""
                [flux]
                backend = "postgres"
                migration_directory = "src/main/flux"
                java_packages = ["com.acme.db", "com.acme.more"]
                apply_repeatable_on_undo = false
                encoding = "ISO-8859-1"

                [connection]
                url = "jdbc:postgresql://${env:DB_HOST}:5432/app"
                user = "${sys:db.user}"
                password = "${env:APP_DB_PASSWORD}"

                [backend]
                schema = "public"
                lock_timeout = 30
                search = ["a", "${env:DB_HOST}"]
                """);

        FluxConfig config = load(file);

        assertThat(config.file()).isEqualTo(file);
        assertThat(config.backend()).isEqualTo("postgres");
        assertThat(config.backendPosition()).isEqualTo(file + ":2:1");
        assertThat(config.migrationDirectory()).isEqualTo(dir.toAbsolutePath().resolve("src/main/flux"));
        assertThat(config.javaPackages()).containsExactly("com.acme.db", "com.acme.more");
        assertThat(config.applyRepeatableOnUndo()).isFalse();
        assertThat(config.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(config.connection()).isEqualTo(
                new ConnectionSettings("jdbc:postgresql://db.example:5432/app", "sys-user", "env-S3cret!"));
        assertThat(config.backendOptions()).containsExactly(Map.entry("schema", "public"),
                Map.entry("lock_timeout", 30L), Map.entry("search", List.of("a", "db.example")));
        assertThat(config.backendOptionPositions()).containsExactly(Map.entry("schema", file + ":14:1"),
                Map.entry("lock_timeout", file + ":15:1"), Map.entry("search", file + ":16:1"));
    }

    @Test
    void optionalKeysHaveTheirDefaults() throws IOException {
        FluxConfig config = ConfigLoader.load(write(MINIMAL));

        assertThat(config.javaPackages()).isEmpty();
        assertThat(config.applyRepeatableOnUndo()).isTrue();
        assertThat(config.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(config.connection()).isEqualTo(ConnectionSettings.NONE);
        assertThat(config.backendOptions()).isEmpty();
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws IOException {
        FluxException e = problemsOf("[flux]\nbackend = \"h2\"\nmigration_directory = \n");

        assertThat(e.getMessage()).contains("flux.toml:3:23: ").contains("expected a value");
    }

    @Test
    void syntaxErrorsDoNotRepeatTheOffendingInput() throws IOException {
        FluxException e = problemsOf(MINIMAL + "[connection]\npassword = Zq9xSyntaxPw\n");

        assertThat(e.getMessage()).contains("flux.toml:5:12: ").doesNotContain("Zq9x");
        assertThat(problemsOf(MINIMAL + "[connection]\npassword = 1.5Zq9x\n").getMessage()).doesNotContain("Zq9x");
        assertThat(problemsOf(MINIMAL + "[connection]\npassword = \"Zq9x\\q\"\n").getMessage())
                .contains("flux.toml:5:17: Invalid escape sequence").doesNotContain("\\q");
    }

    @Test
    void leadingByteOrderMarkIsIgnored() throws IOException {
        byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(load(write(withBom)).backend()).isEqualTo("h2");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() throws IOException {
        byte[] bytes = "[flux]\nbackend = \"h\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> load(write(bytes)))
                .isInstanceOf(FluxException.class)
                .hasMessageContaining("flux.toml:2:13: not valid UTF-8");
    }

    @Test
    void missingFileSaysHowToCreateIt() {
        assertThatThrownBy(() -> load(dir.resolve("flux.toml")))
                .isInstanceOf(FluxException.class)
                .hasMessageContaining("flux.toml: not found")
                .hasMessageContaining("flux:init");
    }

    @Test
    void migrationDirectoryResolvesAgainstTheConfigFolderNotTheWorkingDirectory() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("module"));
        Path file = nested.resolve("flux.toml");
        Files.writeString(file, "[flux]\nbackend = \"h2\"\nmigration_directory = \"../shared/flux\"\n");

        assertThat(load(file).migrationDirectory()).isEqualTo(dir.toAbsolutePath().resolve("shared/flux"));
    }

    @Test
    void absoluteMigrationDirectoryStaysAbsolute() throws IOException {
        Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
        String text = "[flux]\nbackend = \"h2\"\nmigration_directory = '" + elsewhere + "'\n";

        assertThat(load(write(text)).migrationDirectory()).isEqualTo(elsewhere);
    }

    @Test
    void wrongTypesNameTheExpectedAndTheFoundType() throws IOException {
        FluxException e = problemsOf("""
                [flux]
                backend = 3
                migration_directory = "db"
                java_packages = "com.acme"
                apply_repeatable_on_undo = "yes"
                """);

        assertThat(e.getMessage())
                .contains("flux.toml:2:1: flux.backend: expected a string (in quotes), found an integer")
                .contains("flux.toml:4:1: flux.java_packages: expected an array of strings"
                        + " (java_packages = [\"com.acme.db\"]), found a string")
                .contains("flux.toml:5:1: flux.apply_repeatable_on_undo: expected a boolean (true or false),"
                        + " found a string");
    }

    @Test
    void javaPackageElementsMustBePackageNames() throws IOException {
        FluxException e = problemsOf(MINIMAL + "java_packages = [\"com.acme\", 7, \"com.acme-db\"]\n");

        assertThat(e.getMessage())
                .contains("flux.toml:4:30: flux.java_packages[1]: expected a string (a package name), found an integer")
                .contains("flux.toml:4:33: flux.java_packages[2]: 'com.acme-db' is not a Java package name");
    }

    @Test
    void unknownKeyInFluxSuggestsTheClosestAndListsTheValidOnes() throws IOException {
        FluxException e = problemsOf(MINIMAL + "aply_repeatable_on_undo = true\n");

        assertThat(e.getMessage()).contains("flux.toml:4:1: flux.aply_repeatable_on_undo: unknown key"
                + " — did you mean 'apply_repeatable_on_undo'? Valid keys: backend, migration_directory,"
                + " java_packages, apply_repeatable_on_undo, encoding, allow_non_empty");
    }

    @Test
    void unknownKeyInConnectionListsTheValidOnes() throws IOException {
        FluxException e = problemsOf(MINIMAL + "[connection]\nurl = \"jdbc:h2:mem:x\"\nUser = \"sa\"\nschema = 1\n");

        assertThat(e.getMessage())
                .contains("flux.toml:6:1: connection.User: unknown key — did you mean 'user'? Valid keys: url, user,"
                        + " password")
                .contains("flux.toml:7:1: connection.schema: unknown key. Valid keys: url, user, password");
    }

    @Test
    void backendKeysAreLeftToTheBackend() throws IOException {
        FluxConfig config = load(write(MINIMAL + "[backend]\ntabel = \"x\"\n"));

        assertThat(config.backendOptions()).containsEntry("tabel", "x");
    }

    @Test
    void unknownTableIsAnErrorWithAHint() throws IOException {
        FluxException e = problemsOf(MINIMAL + "[conection]\nurl = \"jdbc:h2:mem:x\"\n[extras]\n");

        assertThat(e.getMessage())
                .contains("flux.toml:4:1: conection: unknown table — did you mean 'connection'? Valid tables:"
                        + " flux, connection, backend")
                .contains("flux.toml:6:1: extras: unknown table. Valid tables: flux, connection, backend");
    }

    @Test
    void keyOutsideAnyTableSaysWhereItBelongs() throws IOException {
        FluxException e = problemsOf("migration_directory = \"db\"\n[flux]\nbackend = \"h2\"\n");

        assertThat(e.getMessage()).contains("flux.toml:1:1: migration_directory: key outside any table;"
                + " move it under [flux]");
    }

    @Test
    void aFileMayNameNoBackendSoThatItComesFromTheUrl() throws IOException {
        FluxConfig config = load(write("[flux]\nmigration_directory = \"db\"\n"));

        assertThat(config.backend()).isNull();
        assertThat(config.backendPosition()).isNull();
    }

    @Test
    void missingMigrationDirectoryIsReported() throws IOException {
        FluxException e = problemsOf("[flux]\nbackend = \"h2\"\n");

        assertThat(e.getMessage()).contains("flux.toml:1:1: flux.migration_directory: missing;"
                + " add migration_directory = \"src/main/flux\" under [flux]");
    }

    @Test
    void missingFluxTableReportsTheRequiredKeyAtTheStart() throws IOException {
        FluxException e = problemsOf("[connection]\nurl = \"jdbc:h2:mem:x\"\n");

        assertThat(e.getMessage())
                .contains("flux.toml:1:1: flux.migration_directory: missing; add migration_directory ="
                        + " \"src/main/flux\" under [flux] (the [flux] table is missing too)")
                .doesNotContain("flux.backend");
    }

    @Test
    void emptyBackendIsReported() throws IOException {
        FluxException e = problemsOf("[flux]\nbackend = \"\"\nmigration_directory = \"db\"\n");

        assertThat(e.getMessage()).contains("flux.toml:2:1: flux.backend: is empty");
    }

    @Test
    void unknownCharsetIsReportedWithASuggestion() throws IOException {
        FluxException e = problemsOf(MINIMAL + "encoding = \"UTF-9\"\n");

        assertThat(e.getMessage()).contains("flux.toml:4:1: flux.encoding: unknown charset 'UTF-9' — did you mean");
    }

    @Test
    void missingEnvironmentVariableNamesTheVariableAndTheKey() throws IOException {
        FluxException e = problemsOf(MINIMAL + "[connection]\npassword = \"${env:NO_SUCH_VAR}\"\n");

        assertThat(e.getMessage()).contains(
                "flux.toml:5:1: connection.password: environment variable NO_SUCH_VAR is not set");
    }

    @Test
    void systemPropertiesAreSubstitutedAndDollarWithoutBraceIsLiteral() throws IOException {
        FluxConfig config = load(write(MINIMAL + "[backend]\nschema = \"s_${sys:db.user}_$x$\"\n"));

        assertThat(config.backendOptions()).containsEntry("schema", "s_sys-user_$x$");
    }

    @Test
    void missingSystemPropertyAndOtherPlaceholderFormsAreProblems() throws IOException {
        FluxException e = problemsOf(MINIMAL + "[backend]\na = \"${sys:nope}\"\nb = \"${HOME}\"\nc = [\"${env:X\"]\n");

        assertThat(e.getMessage())
                .contains("flux.toml:5:1: backend.a: system property nope is not set")
                .contains("flux.toml:6:1: backend.b: unsupported placeholder ${HOME}; only ${env:NAME} and"
                        + " ${sys:name} are supported")
                .contains("flux.toml:7:6: backend.c[0]: '${' without a closing '}'");
    }

    @Test
    void everyProblemIsReportedTogetherInFileOrder() throws IOException {
        FluxException e = problemsOf("""
                [flux]
                bakend = "h2"
                apply_repeatable_on_undo = 1
                [connection]
                password = "${env:MISSING}"
                [colors]
                """);

        assertThat(e.getMessage()).startsWith("FLUX-CONFIG: 5 problems in " + dir.resolve("flux.toml") + ":\n");
        assertThat(e.getMessage().lines().skip(1).map(line -> line.substring(line.indexOf("flux.toml:"))).toList())
                .containsExactly(
                        "flux.toml:1:1: flux.migration_directory: missing; add migration_directory ="
                                + " \"src/main/flux\" under [flux]",
                        "flux.toml:2:1: flux.bakend: unknown key — did you mean 'backend'? Valid keys: backend,"
                                + " migration_directory, java_packages, apply_repeatable_on_undo, encoding,"
                                + " allow_non_empty",
                        "flux.toml:3:1: flux.apply_repeatable_on_undo: expected a boolean (true or false), found an"
                                + " integer",
                        "flux.toml:5:1: connection.password: environment variable MISSING is not set; set it or"
                                + " change the value",
                        "flux.toml:6:1: colors: unknown table. Valid tables: flux, connection, backend");
    }

    @Test
    void passwordsNeverAppearInMessagesOrToString() throws IOException {
        String password = "Xq7-Pw-Zebra";
        String text = "[flux]\nbackend = \"h2\"\nmigration_directory = \"db\"\n[connection]\n"
                + "url = \"jdbc:postgresql://app:" + password + "@localhost/app?password=" + password + "\"\n"
                + "user = \"app\"\npassword = \"" + password + "${oops}\"\n[backend]\ntabel = 1\n";
        FluxException e = problemsOf(text);
        assertThat(e.getMessage()).contains("connection.password: unsupported placeholder;").doesNotContain(password);

        FluxConfig config = load(write(text.replace("${oops}", "").replace("tabel = 1",
                "admin_password = \"" + password + "\"")));
        assertThat(config.connection().password()).isEqualTo(password);
        assertThat(config.toString()).doesNotContain(password).contains("admin_password=****");
        assertThat(config.connection().toString()).doesNotContain(password);
    }
}
