package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The history table's names, types and times, and the schema option with CURRENT_SCHEMA. */
class OracleNamesTest extends OracleTestBase {

    @Test
    void aQuotedMixedCaseTableNameIsKeptExactly() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__t.sql", "CREATE TABLE t (n NUMBER);\n");
        Flux flux = flux(db.dataSource(), Map.of("table", "\"Flux History\""));
        flux.migrate();
        assertThat(strings(db.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES ORDER BY TABLE_NAME"))
                .containsExactly("Flux History", "Flux History_LOCK", "T");
        assertThat(strings(db.dataSource(), "SELECT ID FROM \"Flux History\"")).containsExactly("V1__t");
        assertThat(flux.snapshot().tables()).extracting(t -> t.name()).containsExactly("T");
        assertThat(flux.migrate().migrations()).as("the history is found again by its exact name").isEmpty();
    }

    @Test
    void historyTypesHoldMultiByteTextAndTheDatabasesTime() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__crème_brûlée_日本.sql", "CREATE TABLE t (n NUMBER);\n");
        Instant before = Instant.parse(strings(db.dataSource(),
                "SELECT TO_CHAR(SYS_EXTRACT_UTC(SYSTIMESTAMP), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM DUAL").get(0));
        flux(db.dataSource(), Map.of()).migrate();
        assertThat(strings(db.dataSource(), "SELECT COLUMN_NAME || ' ' || DATA_TYPE || ' ' || CHAR_USED"
                + " FROM USER_TAB_COLUMNS WHERE TABLE_NAME = 'FLUX_MIGRATIONS' ORDER BY COLUMN_ID")).containsExactly(
                "VERSION VARCHAR2 C", "ID VARCHAR2 C", "CHECKSUM VARCHAR2 C", "STATE VARCHAR2 C",
                "STATEMENTS_DONE NUMBER ", "APPLIED_AT TIMESTAMP(6) WITH TIME ZONE ", "EXECUTION_MS NUMBER ");
        TimeZone jvm = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                MigrationBackend reader = backend(db.dataSource(), Duration.ofSeconds(5), Map.of());
                HistoryRow row = reader.history().read(reader.connection()).get(0);
                assertThat(row.id()).isEqualTo("V1__crème_brûlée_日本");
                assertThat(row.appliedAt()).as("in %s", zone).isBetween(before.minusSeconds(1), before.plusSeconds(120));
            }
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    @Test
    void theSchemaOptionSetsCurrentSchemaAndCloseRestoresIt() throws Exception {
        OracleTestDatabase.Schema target = schema();
        OracleTestDatabase.Schema migrator = schema("CREATE ANY TABLE", "SELECT ANY TABLE", "INSERT ANY TABLE",
                "UPDATE ANY TABLE", "DELETE ANY TABLE");
        PoolLikeDataSource pool = new PoolLikeDataSource(migrator.dataSource());
        try {
            write("V1__t.sql", "CREATE TABLE t (n NUMBER);\n");
            Flux flux = flux(pool, Map.of("schema", target.name().toLowerCase()));
            flux.migrate();
            assertThat(strings(target.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES ORDER BY TABLE_NAME"))
                    .containsExactly("FLUX_MIGRATIONS", "FLUX_MIGRATIONS_LOCK", "T");
            flux.close();
            for (Connection session : pool.sessions()) {
                try (Statement s = session.createStatement();
                     ResultSet rs = s.executeQuery("SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(migrator.name());
                }
            }
        } finally {
            pool.closeAll();
        }
    }

    @Test
    void aQuotedSchemaNameIsKeptExactly() throws Exception {
        OracleTestDatabase.Schema migrator = schema("CREATE ANY TABLE", "SELECT ANY TABLE", "INSERT ANY TABLE",
                "UPDATE ANY TABLE", "DELETE ANY TABLE");
        String mixed = "Flux_" + migrator.name().substring(6).toLowerCase();
        migrator.asAdmin("CREATE USER \"" + mixed + "\" IDENTIFIED BY \"Pw" + mixed + "\"",
                "GRANT UNLIMITED TABLESPACE TO \"" + mixed + "\"");
        try {
            write("V1__t.sql", "CREATE TABLE t (n NUMBER);\n");
            flux(migrator.dataSource(), Map.of("schema", "\"" + mixed + "\"")).migrate();
            assertThat(strings(migrator.dataSource(), "SELECT TABLE_NAME FROM ALL_TABLES WHERE OWNER = ?"
                    + " ORDER BY TABLE_NAME", mixed)).containsExactly("FLUX_MIGRATIONS", "FLUX_MIGRATIONS_LOCK", "T");
        } finally {
            migrator.asAdmin("DROP USER \"" + mixed + "\" CASCADE");
        }
    }

    @Test
    void anUnknownSchemaIsAConfigurationError() throws Exception {
        OracleTestDatabase.Schema db = schema();
        MigrationBackend backend = backend(db.dataSource(), Duration.ofSeconds(1), Map.of("schema", "no_such_user"));
        assertThatThrownBy(backend::connection)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.schema: schema NO_SUCH_USER does not exist")
                .hasMessageContaining("CREATE USER");
    }
}
