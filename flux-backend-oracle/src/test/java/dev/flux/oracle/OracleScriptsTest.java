package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.spi.SchemaSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The realistic scripts of {@link RealisticScriptsTest} applied to a real database: SQL*Plus lines skipped,
 * {@code EXEC} run, {@code PROMPT} and {@code DBMS_OUTPUT} logged, every PL/SQL unit valid.
 */
class OracleScriptsTest extends OracleTestBase {

    @Test
    void realisticScriptsApplyAndTheirPromptsAndOutputAreLogged() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__orders.sql", resource("mixed.sql"));
        write("V2__lines.sql", "CREATE TABLE order_lines (id NUMBER PRIMARY KEY, order_id NUMBER, qty NUMBER,"
                + " price NUMBER);\nCREATE TABLE audit_log (line_id NUMBER, note VARCHAR2(100 CHAR));\n");
        write("V3__orders_api.sql", resource("package_with_body.sql"));
        write("V4__audit.sql", resource("compound_trigger.sql"));
        write("V5__money.sql", resource("object_type.sql"));
        write("V6__messages.sql", "CREATE TABLE messages (id NUMBER, text VARCHAR2(200 CHAR));\n" + resource("q_quotes.sql"));
        Flux flux = flux(db.dataSource(), Map.of());

        String log = capturingStandardError(() -> assertThat(flux.migrate().migrations()).hasSize(6));

        assertThat(log).contains("PROMPT Creating ORDERS").contains("PROMPT Seeding").contains("PROMPT Done")
                .contains("DBMS_OUTPUT: closed 1").contains("DBMS_OUTPUT: 1 open");
        assertThat(log.indexOf("PROMPT Creating ORDERS")).isLessThan(log.indexOf("PROMPT Seeding"));
        assertThat(strings(db.dataSource(), "SELECT customer || ':' || state FROM orders ORDER BY id"))
                .containsExactly("AT&T:CLOSED", "O'Brien; Sons:OPEN");
        assertThat(strings(db.dataSource(), "SELECT text FROM messages WHERE id = 3"))
                .containsExactly("first line;\n/\nlast line after a slash line");
        SchemaSnapshot snapshot = flux.snapshot();
        assertThat(snapshot.objects()).filteredOn(o -> !o.kind().equals("view") && !o.kind().equals("sequence"))
                .extracting(o -> o.kind() + " " + o.name() + " " + o.definition().substring(0, o.definition().indexOf(',')))
                .containsExactlyInAnyOrder("procedure CLOSE_ORDER VALID", "package ORDERS_API VALID",
                        "package body ORDERS_API VALID", "trigger ORDER_LINES_AUDIT VALID", "type MONEY_T VALID",
                        "type body MONEY_T VALID");
        assertThat(snapshot.objects("view")).extracting(o -> o.name()).containsExactly("OPEN_ORDERS");
        assertThat(snapshot.objects("sequence")).extracting(o -> o.name()).containsExactly("ORDERS_SEQ");
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
