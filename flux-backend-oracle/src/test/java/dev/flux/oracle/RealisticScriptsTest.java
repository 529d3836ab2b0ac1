package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.spi.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole scripts as Oracle teams write them, split into what the database receives. */
class RealisticScriptsTest {
    private final OracleStatementSplitter splitter = new OracleStatementSplitter();

    private List<SqlStatement> split(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scripts/" + resource)) {
            return splitter.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void packageSpecAndBodyWithNestedBlocksAndAnInitialisationSection() throws IOException {
        List<SqlStatement> statements = split("package_with_body.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 11);
        assertThat(statements.get(0).sql()).startsWith("CREATE OR REPLACE PACKAGE orders_api AS")
                .contains("q'[it's; done]'").endsWith("END orders_api;");
        assertThat(statements.get(1).sql()).startsWith("CREATE OR REPLACE PACKAGE BODY orders_api AS")
                .contains("END CASE;").contains("not a terminator inside a comment */")
                .contains("-- initialisation section").endsWith("g_loaded := TRUE;\nEND orders_api;");
    }

    @Test
    void compoundTriggerEndsOnlyAtItsSlashLine() throws IOException {
        List<SqlStatement> statements = split("compound_trigger.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 26);
        assertThat(statements.get(0).sql()).contains("END BEFORE STATEMENT;").contains("END AFTER EACH ROW;")
                .contains("'changed; see /log'").endsWith("END order_lines_audit;");
        assertThat(statements.get(1).sql()).isEqualTo("ALTER TRIGGER order_lines_audit ENABLE");
    }

    @Test
    void objectTypeWithABody() throws IOException {
        List<SqlStatement> statements = split("object_type.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 9, 31);
        assertThat(statements.get(0).sql()).startsWith("CREATE OR REPLACE TYPE money_t FORCE AS OBJECT (")
                .endsWith(") NOT FINAL;");
        assertThat(statements.get(1).sql()).startsWith("CREATE OR REPLACE TYPE BODY money_t AS")
                .contains("RETURN amount / 100;").endsWith("END;\nEND;");
        assertThat(statements.get(2).sql()).isEqualTo("CREATE TABLE wallets (id NUMBER PRIMARY KEY, balance money_t)");
    }

    @Test
    void qQuotedLiteralsHoldingSemicolonsAndSlashLines() throws IOException {
        List<SqlStatement> statements = split("q_quotes.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3, 6, 12);
        assertThat(statements.get(1).sql()).endsWith("nq'#ï;ö#')");
        assertThat(statements.get(2).sql()).endsWith("/\nlast line after a slash line]')");
        assertThat(statements.get(3).sql()).startsWith("BEGIN").contains("q'~BEGIN NULL; END;\n/\n~'")
                .endsWith("END;");
        assertThat(statements.get(4).sql()).isEqualTo("SELECT COUNT(*) FROM messages WHERE text LIKE q'[%;%]'");
    }

    @Test
    void scriptMixingDdlDmlAndSqlPlusLines() throws IOException {
        List<SqlStatement> statements = split("mixed.sql");
        assertThat(statements).extracting(SqlStatement::line)
                .containsExactly(9, 16, 18, 21, 22, 23, 25, 29, 37, 38, 40);
        assertThat(statements).extracting(s -> s.sql().lines().filter(l -> !l.startsWith("-- PROMPT")).findFirst()
                .orElseThrow()).containsExactly(
                "CREATE TABLE orders (",
                "CREATE SEQUENCE orders_seq START WITH 1 CACHE 20",
                "COMMENT ON TABLE orders IS 'Orders; one row per order'",
                "INSERT INTO orders (id, customer) VALUES (orders_seq.NEXTVAL, 'AT&T')",
                "INSERT INTO orders (id, customer) VALUES (orders_seq.NEXTVAL, q'[O'Brien; Sons]')",
                "COMMIT",
                "CREATE OR REPLACE VIEW open_orders AS",
                "CREATE OR REPLACE PROCEDURE close_order(p_id IN NUMBER) AS",
                "BEGIN dbms_stats.gather_table_stats(USER, 'ORDERS'); END;",
                "BEGIN close_order(1); END;",
                "DECLARE");
        assertThat(statements.get(0).sql()).startsWith("-- PROMPT Creating ORDERS\nCREATE TABLE orders (").endsWith(")");
        assertThat(statements.get(3).sql()).startsWith("-- PROMPT Seeding\n");
        assertThat(statements.get(6).sql()).endsWith("SELECT id, customer FROM o");
        assertThat(statements.get(7).sql()).endsWith("END close_order;");
        assertThat(statements.get(10).sql()).startsWith("-- PROMPT (after) Done\nDECLARE").endsWith("END;");
        assertThat(statements).noneMatch(s -> s.sql().contains("SPOOL") || s.sql().contains("SET DEFINE")
                || s.sql().contains("REM ") || s.sql().contains("SHOW ERRORS") || s.sql().contains("WHENEVER"));
    }

    @Test
    void javaSourceEndsAtItsSlashLineWhateverItsQuotesAndComments() throws IOException {
        List<SqlStatement> statements = split("java_source.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 22, 26);
        assertThat(statements.get(0).sql()).startsWith("CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Checksums\" AS\n")
                .contains("private static final char QUOTE = '\\'';").contains("// it's a long")
                .contains("text.replace(\"\\\"\", \"\\\\\\\"\")").endsWith("        return QUOTE + text.replace(\"\\\"\","
                        + " \"\\\\\\\"\") + QUOTE + SEP;\n    }\n}");
        assertThat(statements.get(1).sql()).startsWith("CREATE OR REPLACE FUNCTION crc")
                .endsWith("return long';");
        assertThat(statements.get(2).sql()).isEqualTo("CREATE TABLE after_java (n NUMBER)");
    }

    @Test
    void mleModuleEndsAtItsSlashLineWhateverItsTemplatesAndRegularExpressions() throws IOException {
        List<SqlStatement> statements = split("mle_module.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 25, 29, 30);
        assertThat(statements.get(0).sql()).startsWith("CREATE OR REPLACE MLE MODULE order_utils\nLANGUAGE JAVASCRIPT")
                .contains("const pattern = /[;'\"]+/g;").contains("`order ${order.id}: it's ${total}; done`")
                .contains("* order.price\n        / 100;").endsWith(".filter(l => l !== '');\n}");
        assertThat(statements.get(1).sql()).endsWith("SIGNATURE 'normalise(string)';");
        assertThat(statements.get(2).sql()).as("code loaded from a file is plain SQL")
                .isEqualTo("CREATE MLE MODULE from_file LANGUAGE JAVASCRIPT USING BFILE(js_dir, 'order_utils.js')");
        assertThat(statements.get(3).sql()).isEqualTo("CREATE TABLE after_mle (n NUMBER)");
    }
}
