package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.ValidationException;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider as users meet it: found by name, options checked, scripts validated without a database. */
class OracleBackendProviderTest {
    private final OracleBackendProvider provider = new OracleBackendProvider();

    @TempDir
    Path dir;

    private static BackendContext options(Map<String, Object> options) {
        return new BackendContext(null, options, Duration.ofSeconds(1), "flux-test", Secrets.none());
    }

    @Test
    void isFoundAsOracleThroughServiceLoader() {
        assertThat(ServiceLoader.load(BackendProvider.class)).extracting(BackendProvider::name).contains("oracle");
        assertThat(provider.options()).containsExactlyInAnyOrder("schema", "table");
    }

    @Test
    void acceptsPlainAndQuotedNames() {
        provider.checkOptions(options(Map.of("schema", "app", "table", "\"Flux History\"")));
        provider.checkOptions(options(Map.of()));
    }

    @Test
    void rejectsBadNamesNamingTheOptionAndWhatIsAccepted() {
        assertThatThrownBy(() -> provider.checkOptions(options(Map.of("table", "my history", "schema", 42L))))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.table: 'my history' is not a valid name")
                .hasMessageContaining("backend.schema: expected a string, got 42")
                .hasMessageContaining("double-quoted name kept exactly")
                .hasMessageContaining("table = '\"Flux History\"'");
        assertThatThrownBy(() -> provider.checkOptions(options(Map.of("table", " "))))
                .hasMessageContaining("must not be blank");
    }

    @Test
    void namesAreLimitedInBytesNotCharacters() {
        provider.checkOptions(options(Map.of("table", "t".repeat(123), "schema", "s".repeat(128))));
        provider.checkOptions(options(Map.of("table", "\"" + "é".repeat(61) + "x\"")));
        assertThatThrownBy(() -> provider.checkOptions(options(Map.of("table", "t".repeat(124)))))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.table: '" + "t".repeat(124) + "' is 124 bytes long, over the 123 bytes"
                        + " allowed (Oracle's 128 less the _LOCK flux appends for the lock table)");
        String accented = "\"" + "é".repeat(62) + "\"";
        assertThatThrownBy(() -> provider.checkOptions(options(Map.of("table", accented))))
                .as("62 characters, 124 bytes").hasMessageContaining("is 124 bytes long")
                .hasMessageContaining("Oracle counts bytes, not characters");
        assertThatThrownBy(() -> provider.checkOptions(options(Map.of("schema", "\"" + "日".repeat(43) + "\""))))
                .hasMessageContaining("backend.schema: '\"" + "日".repeat(43) + "\"' is 129 bytes long, over the 128"
                        + " bytes allowed by Oracle")
                .hasMessageContaining("below COMPATIBLE 12.2 Oracle allows only 30 bytes");
    }

    @Test
    void offlineValidationSplitsEveryScriptAndNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("V1__ok.sql"), "CREATE TABLE t (n NUMBER);\nEXEC p(1)\n");
        Files.writeString(dir.resolve("V2__package.sql"), "CREATE TABLE u (n NUMBER);\n\n"
                + "CREATE OR REPLACE PACKAGE k IS\n  PROCEDURE p;\nEND k;\n");
        Files.writeString(dir.resolve("V3__include.sql"), "@other.sql\n");
        try (Flux flux = Flux.builder().backend("oracle").migrationDirectory(dir).build()) {
            assertThatThrownBy(flux::validate).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.problems()).extracting(p -> p.code() + " " + p.where())
                        .containsExactlyInAnyOrder("FLUX-SYNTAX V2__package.sql:3", "FLUX-SYNTAX V3__include.sql:1");
                assertThat(e.getMessage()).contains("line holding only /").contains("not support");
            });
        }
    }
}
