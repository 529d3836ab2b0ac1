package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import org.assertj.core.groups.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Post-apply scripts run even after a migration of the batch failed; when one of them fails too, its error
 * is attached to the migration's, not lost, and the migration's error is the one thrown.
 */
class PostApplyAfterFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFailingPostApplyAfterAFailedMigrationIsAttachedToTheMigrationsError() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id INT);\n");
        write("V2__u.sql", "CREATE TABLE u (id INT);\nINSERT INTO no_such_table VALUES (1);\n");
        write("post-apply/010_view.sql", "CREATE VIEW v AS SELECT no_such_column FROM t;\n");

        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(dir).dataSource(TestDatabase.inMemory())
                .build()) {
            assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(FluxException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.SQL);
                assertThat(e.getMessage()).contains("V2__u").contains("statement 2").contains("NO_SUCH_TABLE");
                assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(FluxException.class, post -> {
                    assertThat(post.code()).isEqualTo(ErrorCode.REPEATABLE);
                    assertThat(post.getMessage()).contains("post-apply/010_view.sql").contains("NO_SUCH_COLUMN");
                });
            });

            assertThat(flux.status().migrations()).extracting(MigrationInfo::id, MigrationInfo::state)
                    .containsExactly(Tuple.tuple("V1__t", MigrationState.APPLIED),
                            Tuple.tuple("V2__u", MigrationState.FAILED));
        }
    }

    private void write(String file, String text) throws Exception {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
