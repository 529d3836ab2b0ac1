package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Result;
import dev.flux.Command;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.SchemaSnapshot;
import java.time.Duration;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Taking over a database whose schema was made without flux: a baseline records the versions it already
 * has without running them, rollback never undoes them, and migrate refuses a non-empty database without
 * history unless allowed or baselined.
 */
public abstract class AdoptionTck extends EngineTckBase {

    /** Five migrations, the first three of which the test database gets by hand. */
    private void writeMigrations() {
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n");
        write("V1__users.undo.sql", "DROP TABLE users;\n");
        write("V2__orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL);\n");
        write("V2__orders.undo.sql", "DROP TABLE orders;\n");
        write("V3__email.sql", "ALTER TABLE users ADD email VARCHAR(100);\n");
        write("V3__email.undo.sql", "ALTER TABLE users DROP COLUMN email;\n");
        write("V4__items.sql", "CREATE TABLE items (id INT PRIMARY KEY, order_id INT NOT NULL);\n");
        write("V4__items.undo.sql", "DROP TABLE items;\n");
        write("V5__notes.sql", "CREATE TABLE notes (id INT PRIMARY KEY);\n");
        write("V5__notes.undo.sql", "DROP TABLE notes;\n");
    }

    /** The schema of V1 to V3, made by hand as it was before flux. */
    private void createByHand() throws Exception {
        sql("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100))");
        sql("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL)");
        sql("INSERT INTO users (id, name) VALUES (1, 'ada')");
    }

    private static String state(Flux flux, String id) {
        return flux.status().migrations().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(m -> m.state().name()).orElseThrow();
    }

    @Test
    void baselineRecordsTheVersionsTheDatabaseHasAndMigrateAppliesOnlyTheLaterOnes() throws Exception {
        writeMigrations();
        createByHand();
        Flux flux = flux();
        assertThatThrownBy(() -> flux.baseline("V9")).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("V5");
        assertThatThrownBy(() -> flux.baseline("0")).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.TARGET));
        assertThat(history()).isEmpty();

        Result baseline = flux.baseline("V3");
        assertThat(baseline.migrations()).containsExactly("V1__users", "V2__orders", "V3__email");
        assertThat(baseline.version()).hasToString("3");
        assertThat(flux.status().migrations()).extracting(MigrationInfo::id, MigrationInfo::state).containsExactly(
                Tuple.tuple("V1__users", MigrationState.BASELINE),
                Tuple.tuple("V2__orders", MigrationState.BASELINE),
                Tuple.tuple("V3__email", MigrationState.BASELINE),
                Tuple.tuple("V4__items", MigrationState.PENDING),
                Tuple.tuple("V5__notes", MigrationState.PENDING));
        assertThat(flux.status().currentVersion()).hasToString("3");
        assertThat(history()).extracting(HistoryRow::state).containsOnly(HistoryState.BASELINE);
        assertThat(count("SELECT COUNT(*) FROM users")).as("nothing ran").isEqualTo(1);

        Result up = flux.migrate();
        assertThat(up.migrations()).containsExactly("V4__items", "V5__notes");
        assertThat(state(flux, "V4__items")).isEqualTo("APPLIED");
        assertThat(state(flux, "V3__email")).isEqualTo("BASELINE");
        flux.validate();
    }

    @Test
    void rollbackUndoesAppliedMigrationsButRefusesToUndoBaselinedOnes() throws Exception {
        writeMigrations();
        createByHand();
        Flux flux = flux();
        flux.baseline("3");
        flux.migrate();
        SchemaSnapshot before = flux.snapshot();

        assertThatThrownBy(() -> flux.rollback(3)).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("V3__email").hasMessageContaining("baselined")
                .hasMessageContaining("Nothing was changed").hasMessageContaining("Roll back to V3 at the lowest");
        assertThatThrownBy(() -> flux.rollbackTo("0")).isInstanceOf(FluxException.class)
                .hasMessageContaining("V3__email, V2__orders, V1__users").hasMessageContaining("baselined");
        assertThat(flux.snapshot().differencesFrom(before, true)).as("refused rollbacks change nothing").isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("5");

        Result down = flux.rollbackTo("V3");
        assertThat(down.migrations()).containsExactly("V5__notes", "V4__items");
        assertThat(table(flux.snapshot(), "users")).isPresent();
        assertThat(table(flux.snapshot(), "items")).isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("3");
    }

    @Test
    void baselineIsRefusedWhenTheHistoryHasRows() throws Exception {
        writeMigrations();
        Flux flux = flux();
        flux.migrateTo("V2");
        assertThatThrownBy(() -> flux.baseline("V3")).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.HAS_HISTORY))
                .hasMessageContaining("2 rows").hasMessageContaining("V1__users");
        assertThat(history()).extracting(HistoryRow::state).containsOnly(HistoryState.APPLIED);
    }

    @Test
    void migrateRefusesANonEmptyDatabaseWithoutHistoryAndChangesNothing() throws Exception {
        writeMigrations();
        createByHand();
        Flux flux = flux();
        SchemaSnapshot before = flux.snapshot();

        assertThatThrownBy(flux::migrate).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.NOT_EMPTY))
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("table orders", "table users"))
                .hasMessageContaining("V1__users").hasMessageContaining("baseline")
                .hasMessageContaining("allow_non_empty");
        assertThat(flux.snapshot().differencesFrom(before, true)).isEmpty();
        assertThat(history()).isEmpty();
        assertThatThrownBy(() -> flux.plan(Command.migrate())).isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.NOT_EMPTY));
    }

    @Test
    void allowNonEmptyLetsTheFirstMigrationRun() throws Exception {
        sql("CREATE TABLE unrelated (id INT)");
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n");
        Flux.Builder builder = Flux.builder().backend(backendName()).migrationDirectory(migrations)
                .dataSource(database.dataSource()).lockTimeout(Duration.ofSeconds(30)).allowNonEmpty(true);
        database.options().forEach(builder::backendOption);
        Flux flux = closeAfter(builder.build());
        assertThat(flux.migrate().migrations()).containsExactly("V1__users");
    }

    @Test
    void baselineOnMigrateBaselinesANonEmptyDatabaseAndMigratesAnEmptyOneFromTheStart() throws Exception {
        writeMigrations();
        createByHand();
        assertThat(baselining().migrate().migrations()).containsExactly("V4__items", "V5__notes");
        assertThat(state(flux(), "V2__orders")).isEqualTo("BASELINE");
        assertThat(baselining().migrate().migrations()).as("the history exists now").isEmpty();
    }

    @Test
    void baselineOnMigrateLeavesAnEmptyDatabaseToTheMigrations() throws Exception {
        writeMigrations();
        assertThat(baselining().migrate().migrations()).hasSize(5);
        assertThat(history()).extracting(HistoryRow::state).containsOnly(HistoryState.APPLIED);
    }

    private Flux baselining() {
        Flux.Builder builder = Flux.builder().backend(backendName()).migrationDirectory(migrations)
                .dataSource(database.dataSource()).lockTimeout(Duration.ofSeconds(30)).baselineOnMigrate("V3");
        database.options().forEach(builder::backendOption);
        return closeAfter(builder.build());
    }
}
