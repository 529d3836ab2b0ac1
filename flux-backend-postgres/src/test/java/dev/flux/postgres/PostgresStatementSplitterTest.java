package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's dialect of statement splitting; needs no database. */
class PostgresStatementSplitterTest {
    private final PostgresStatementSplitter splitter = new PostgresStatementSplitter();

    private List<SqlStatement> split(String script) {
        return splitter.split(script);
    }

    private void assertRefusedAtLine(String script, int line, String... phrases) {
        assertThatThrownBy(() -> split(script)).isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.detail()).contains(phrases);
        });
    }

    @Test
    void doubledQuotesStayInsideAString() {
        assertThat(split("INSERT INTO t VALUES ('it''s; fine');\nSELECT 2;"))
                .extracting(SqlStatement::sql).containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT 2");
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
        List<SqlStatement> statements = split("SELECT E'a\\'; b', e'\\\\';\nSELECT 'c\\';\nSELECT 3;");
        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly("SELECT E'a\\'; b', e'\\\\'", "SELECT 'c\\'", "SELECT 3");
    }

    @Test
    void anIdentifierEndingInEIsNotAnEscapeString() {
        assertThat(split("SELECT name FROM some_table WHERE code = 'x\\';\nSELECT 2;")).hasSize(2);
    }

    @Test
    void dollarQuotesWithAndWithoutTagsHideTheirContent() {
        List<SqlStatement> statements = split("""
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'a;b';
                  RETURN 1;
                END $$;
                CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $fn$ SELECT $$;'$$ $fn$;
                SELECT $1, a$b$ FROM t;
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 6, 7);
        assertThat(statements.get(0).sql()).endsWith("END $$");
        assertThat(statements.get(1).sql()).endsWith("$fn$ SELECT $$;'$$ $fn$");
    }

    @Test
    void nestedBlockCommentsAndLineCommentsHideSemicolons() {
        List<SqlStatement> statements = split("/* outer /* inner; */ still; comment */ SELECT 1; -- ; not here\n"
                + "SELECT /* ; */ 2 -- trailing;\n;");
        assertThat(statements).extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT /* ; */ 2");
    }

    @Test
    void quotedIdentifiersWithDoubledQuotes() {
        assertThat(split("CREATE TABLE \"we\"\"ird;\" (id int);\nSELECT 1;")).hasSize(2);
    }

    @Test
    void sqlStandardFunctionBodiesKeepTheirSemicolons() {
        List<SqlStatement> statements = split("""
                CREATE FUNCTION grade(score int) RETURNS text
                LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN score > 90 THEN 'a' ELSE 'b' END;
                  SELECT 'unreached';
                END;
                CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;
                SELECT 3;
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 7, 8);
        assertThat(statements.get(0).sql()).contains("SELECT 'unreached';").endsWith("END");
    }

    @Test
    void semicolonsInsideParenthesesDoNotEndTheStatement() {
        List<SqlStatement> statements = split("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
                + "INSERT INTO b VALUES (2));\nSELECT 2;");
        assertThat(statements).hasSize(2);
    }

    @Test
    void statementLinesSkipLeadingCommentsAndBlankLines() {
        List<SqlStatement> statements = split("-- flux:no-transaction\n\n/* why */\nCREATE INDEX CONCURRENTLY i ON t (a);\n");
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(4);
            assertThat(s.sql()).isEqualTo("CREATE INDEX CONCURRENTLY i ON t (a)");
        });
    }

    @Test
    void psqlMetaCommandsAreRefusedWithTheirLine() {
        assertRefusedAtLine("SELECT 1;\n  \\connect other\nSELECT 2;", 2, "psql meta-command '\\connect'");
        assertRefusedAtLine("\\i other.sql\n", 1, "\\i", "migrations");
    }

    @Test
    void backslashesInsideStringsAreNotMetaCommands() {
        assertThat(split("SELECT E'\n\\\\n';\nSELECT '\n\\x';")).hasSize(2);
    }

    @Test
    void copyFromStdinIsRefusedWithAdvice() {
        assertRefusedAtLine("SELECT 1;\nCOPY users (id, name) FROM stdin;\n1\tada\n\\.\n", 2,
                "COPY ... FROM stdin", "INSERT", "file the database server can read");
        assertRefusedAtLine("copy t to STDOUT;", 1, "TO stdout");
        assertThat(split("COPY users FROM '/srv/users.csv' WITH (FORMAT csv);")).hasSize(1);
    }

    @Test
    void unterminatedConstructsNameTheLineWhereTheyStart() {
        assertRefusedAtLine("SELECT 1;\nSELECT E'oops\\';\n", 2, "unterminated string");
        assertRefusedAtLine("SELECT 1;\n\nCREATE FUNCTION f() AS $body$ SELECT 1;\n", 3, "$body$");
        assertRefusedAtLine("SELECT \"open;\n", 1, "quoted identifier");
        assertRefusedAtLine("/* a /* b */ still open\nSELECT 1;", 1, "block comment");
        assertRefusedAtLine("SELECT 1;\nCREATE FUNCTION f() RETURNS int\nLANGUAGE sql\nBEGIN ATOMIC\nSELECT 1;\n", 4,
                "BEGIN ATOMIC", "END");
        assertRefusedAtLine("SELECT 1;\nINSERT INTO t VALUES ((1);\nSELECT 2;\n", 2, "'('");
    }

    @Test
    void carriageReturnsCountAsLineEnds() {
        assertThat(split("SELECT 1;\r\nSELECT 2;\rSELECT 3;")).extracting(SqlStatement::line).containsExactly(1, 2, 3);
    }
}
