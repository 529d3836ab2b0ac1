package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status shows the files that verify would fail on, with the reason, instead of hiding them. */
class StatusOfBrokenFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMisnamedFileADuplicateAndABrokenScriptAreListedAsInvalidWithoutFailing() throws Exception {
        Files.writeString(dir.resolve("V1__users.sql"), "CREATE TABLE users (id INT);");
        Files.writeString(dir.resolve("V2__orders.sql"), "CREATE TABLE orders (id INT);");
        Files.writeString(dir.resolve("V2__invoices.sql"), "CREATE TABLE invoices (id INT);");
        Files.writeString(dir.resolve("V3_audit.sql"), "CREATE TABLE audit (id INT);");
        Files.writeString(dir.resolve("V4__notes.sql"), "INSERT INTO users VALUES ('unterminated);");
        String url = "jdbc:h2:mem:status-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(dir).url(url).build()) {
            assertThat(flux.status().migrations())
                    .extracting(m -> m.version() == null ? null : m.version().toString(), MigrationInfo::id,
                            MigrationInfo::state)
                    .containsExactly(
                            tuple("1", "V1__users", MigrationState.PENDING),
                            tuple("2", "V2__invoices", MigrationState.PENDING),
                            tuple("2", "V2__orders.sql", MigrationState.INVALID),
                            tuple("4", "V4__notes", MigrationState.INVALID),
                            tuple(null, "V3_audit.sql", MigrationState.INVALID));
            assertThat(flux.status().in(MigrationState.INVALID)).extracting(MigrationInfo::detail).containsExactly(
                    "FLUX-DUPLICATE: has version 2, like V2__invoices.sql.",
                    "FLUX-SYNTAX at line 1: unterminated string literal starting here: 'unterminated); — close it with"
                            + " ' (write '' for a ' inside the string)",
                    "FLUX-NAME: has a single underscore between version and description; use two; expected"
                            + " V<version>__<description>.sql.");
            assertThatThrownBy(flux::migrate).isInstanceOf(ValidationException.class);
            assertThat(flux.status().in(MigrationState.APPLIED)).as("nothing ran").isEmpty();
        }
    }
}
