package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FlywayImport;
import dev.flux.ImportResult;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Problem;
import dev.flux.ValidationException;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.tck.MigrationFolder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that Flyway 13 migrated half-way (the web shop of src/test/resources/realistic, V1 to V16 of
 * its 33 migrations) is taken over by importing Flyway's history: flux then knows exactly what Flyway
 * applied, applies the rest, and ends with the same schema as flux alone. Flyway writes its own
 * history here, and computes its own checksums; nothing of it is imitated.
 */
@ExtendWith(PostgresTestDatabase.class)
class FlywayImportTest {
    private static final int MIGRATIONS = 33;
    private static final int FLYWAY_APPLIED = 16;
    private static final String FLYWAY_TABLE = "flyway_schema_history";

    @TempDir
    Path temp;

    private Path fluxFolder;
    private Path flywayFolder;
    private PostgresTestDatabase.Database database;

    @BeforeEach
    void setUp() throws SQLException, IOException, URISyntaxException {
        database = PostgresTestDatabase.freshDatabase();
        Path realistic = Path.of(getClass().getResource("/realistic").toURI());
        fluxFolder = Files.createDirectories(temp.resolve("flux"));
        flywayFolder = Files.createDirectories(temp.resolve("flyway"));
        try (Stream<Path> files = Files.list(realistic)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Files.copy(file, fluxFolder.resolve(name));
                if (!name.endsWith(".undo.sql")) {
                    Files.copy(file, flywayFolder.resolve(name)); // Flyway would take V1__x.undo.sql for a V1
                }
            }
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    private void flywayMigrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + flywayFolder).target(target)
                .load().migrate();
    }

    private Flux flux(DataSource dataSource) {
        return new MigrationFolder(fluxFolder, "postgres").flux(dataSource);
    }

    @Test
    void importsWhatFlywayAppliedMigratesTheRestAndEndsWithTheSchemaOfFluxAlone() throws Exception {
        flywayMigrate(database.dataSource(), String.valueOf(FLYWAY_APPLIED));
        SchemaSnapshot byFlyway;
        try (Flux flux = flux(database.dataSource())) {
            byFlyway = flux.snapshot();
            ImportResult imported = flux.importFlyway();
            assertThat(imported.imported()).hasSize(FLYWAY_APPLIED).startsWith("V1__create_accounts")
                    .endsWith("V16__accounts_last_login");
            assertThat(imported.baselined()).isEmpty();
            assertThat(imported.acceptedChecksums()).isEmpty();
            assertThat(imported.version()).hasToString(String.valueOf(FLYWAY_APPLIED));
            assertThat(flux.snapshot().differencesFrom(byFlyway, true)).as("the import ran nothing").isEmpty();

            assertThat(flux.status().in(MigrationState.APPLIED)).extracting(m -> m.version().toString())
                    .containsExactlyElementsOf(versions(1, FLYWAY_APPLIED));
            assertThat(flux.status().in(MigrationState.PENDING)).extracting(m -> m.version().toString())
                    .containsExactlyElementsOf(versions(FLYWAY_APPLIED + 1, MIGRATIONS));

            assertThat(flux.migrate().migrations()).hasSize(MIGRATIONS - FLYWAY_APPLIED)
                    .startsWith("V17__product_search");
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state)
                    .containsOnly(MigrationState.APPLIED);
            SchemaSnapshot taken = withoutFlywayTable(flux.snapshot());
            try (PostgresTestDatabase.Database alone = PostgresTestDatabase.freshDatabase();
                 Flux fluxAlone = flux(alone.dataSource())) {
                fluxAlone.migrate();
                assertThat(taken.differencesFrom(fluxAlone.snapshot(), true)).isEmpty();
            }
        }
        assertThat(rowCount(FLYWAY_TABLE)).as("Flyway's table is left as it was").isEqualTo(FLYWAY_APPLIED + 0);
    }

    @Test
    void aFileEditedAfterFlywayAppliedItStopsTheImportNamingTheFile() throws Exception {
        flywayMigrate(database.dataSource(), String.valueOf(FLYWAY_APPLIED));
        Path edited = fluxFolder.resolve("V5__create_products.sql");
        Files.writeString(edited, Files.readString(edited) + "-- tidied up later\n");
        try (Flux flux = flux(database.dataSource())) {
            assertThatThrownBy(flux::importFlyway).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.problems()).extracting(Problem::code).containsExactly(ErrorCode.CHECKSUM);
                assertThat(e.problems().get(0).where()).isEqualTo("V5__create_products.sql");
                assertThat(e.getMessage()).contains("V5__create_products.sql changed after Flyway applied it");
            });
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state)
                    .as("nothing recorded").containsOnly(MigrationState.PENDING);

            ImportResult accepted = flux.importFlyway(FlywayImport.defaults().acceptChecksums(true));
            assertThat(accepted.acceptedChecksums()).containsExactly("V5__create_products");
            assertThat(accepted.imported()).hasSize(FLYWAY_APPLIED);
            flux.validate();
        }
    }

    @Test
    void versionsWithoutAFluxFileAreRefusedAndRepeatablesAreListed() throws Exception {
        Files.writeString(flywayFolder.resolve("R__account_names.sql"),
                "CREATE OR REPLACE VIEW account_names AS SELECT id FROM accounts;\n");
        flywayMigrate(database.dataSource(), "3");
        Files.delete(fluxFolder.resolve("V2__account_roles.sql"));
        Files.delete(fluxFolder.resolve("V2__account_roles.undo.sql"));
        try (Flux flux = flux(database.dataSource())) {
            assertThatThrownBy(flux::importFlyway).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.problems()).extracting(Problem::code).containsExactly(ErrorCode.MISSING);
                assertThat(e.getMessage()).contains("V2__account_roles.sql");
            });
        }
        Files.copy(flywayFolder.resolve("V2__account_roles.sql"), fluxFolder.resolve("V2__account_roles.sql"));
        try (Flux flux = flux(database.dataSource())) {
            ImportResult result = flux.importFlyway();
            assertThat(result.imported()).containsExactly("V1__create_accounts", "V2__account_roles",
                    "V3__create_addresses");
            assertThat(result.repeatables()).containsExactly("R__account_names.sql");
            assertThatThrownBy(flux::importFlyway).hasMessageStartingWith("FLUX-HAS-HISTORY");
        }
    }

    @Test
    void anUnknownTableNameSaysWhatToGive() throws Exception {
        flywayMigrate(database.dataSource(), "1");
        try (Flux flux = flux(database.dataSource())) {
            assertThatThrownBy(() -> flux.importFlyway(FlywayImport.defaults().table("schema_version")))
                    .hasMessageStartingWith("FLUX-CONFIG").hasMessageContaining("schema_version")
                    .hasMessageContaining("table setting");
            assertThat(flux.importFlyway(FlywayImport.defaults().table("PUBLIC.FLYWAY_SCHEMA_HISTORY")).imported())
                    .containsExactly("V1__create_accounts");
        }
    }

    private static List<String> versions(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    private static SchemaSnapshot withoutFlywayTable(SchemaSnapshot snapshot) {
        return new SchemaSnapshot(snapshot.tables().stream().filter(t -> !t.name().equals(FLYWAY_TABLE)).toList(),
                snapshot.objects());
    }

    private long rowCount(String table) throws SQLException {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
