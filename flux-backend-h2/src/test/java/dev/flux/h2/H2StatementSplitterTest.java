package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2StatementSplitterTest {
    private final H2StatementSplitter splitter = new H2StatementSplitter();

    private List<SqlStatement> split(String script) {
        return splitter.split(script);
    }

    private List<String> texts(String script) {
        return split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndTrims() {
        assertThat(split("CREATE TABLE a (x INT);\n  INSERT INTO a VALUES (1) ;\n"))
                .containsExactly(new SqlStatement("CREATE TABLE a (x INT)", 1),
                        new SqlStatement("INSERT INTO a VALUES (1)", 2));
    }

    @Test
    void keepsALastStatementWithoutSemicolon() {
        assertThat(split("SELECT 1;\nSELECT 2")).extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dropsEmptyStatementsAndOnlyComments() {
        assertThat(split(";;  ;\n-- nothing here;\n/* nor; here */ ;")).isEmpty();
        assertThat(split("")).isEmpty();
        assertThat(split("   \n\t")).isEmpty();
        assertThat(split("SELECT 1;\n-- trailing comment")).extracting(SqlStatement::sql).containsExactly("SELECT 1");
    }

    @Test
    void ignoresSemicolonsInStringsWithDoubledQuotes() {
        assertThat(texts("INSERT INTO t VALUES ('a;b', 'it''s; fine', '');SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", "SELECT 2");
        assertThat(texts("SELECT '''';SELECT ''';'''")).containsExactly("SELECT ''''", "SELECT ''';'''");
    }

    @Test
    void ignoresSemicolonsInQuotedIdentifiers() {
        assertThat(texts("CREATE TABLE \"a;b\"\"c\" (x INT);SELECT `x;y` FROM t"))
                .containsExactly("CREATE TABLE \"a;b\"\"c\" (x INT)", "SELECT `x;y` FROM t");
    }

    @Test
    void ignoresSemicolonsAndQuotesInComments() {
        assertThat(texts("SELECT 1 -- it's; a comment\n+ 1;\nSELECT 2 // also; a comment's\n;SELECT /* ; ' \" */ 3"))
                .containsExactly("SELECT 1 -- it's; a comment\n+ 1", "SELECT 2", "SELECT /* ; ' \" */ 3");
    }

    @Test
    void nestsBlockCommentsAsH2Does() {
        assertThat(texts("SELECT 1 /* outer /* inner; */ still comment; */ + 1; SELECT 2"))
                .containsExactly("SELECT 1 /* outer /* inner; */ still comment; */ + 1", "SELECT 2");
        assertThat(texts("SELECT 1 /*/ x; */ + 1; SELECT /*/*/ */ */ 2"))
                .containsExactly("SELECT 1 /*/ x; */ + 1", "SELECT /*/*/ */ */ 2");
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertThat(texts("SELECT '--;', '/*;', \"//;\";SELECT 2"))
                .containsExactly("SELECT '--;', '/*;', \"//;\"", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInDollarBodies() {
        String alias = "CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$";
        assertThat(texts(alias + ";\nSELECT f()")).containsExactly(alias, "SELECT f()");
    }

    @Test
    void dollarsInsideNamesDoNotStartABody() {
        assertThat(texts("SELECT 1 AS a$$b; SELECT 2 AS c$$d")).containsExactly("SELECT 1 AS a$$b", "SELECT 2 AS c$$d");
    }

    @Test
    void startLineIsTheLineOfTheFirstToken() {
        String script = "-- flux:no-transaction\n-- header\n\nCREATE TABLE a (\n  x INT\n);\n\n/* about b */\n"
                + "CREATE TABLE b (y INT); CREATE TABLE c (z INT);\n'multi\nline'; SELECT 5";
        assertThat(split(script)).containsExactly(new SqlStatement("CREATE TABLE a (\n  x INT\n)", 4),
                new SqlStatement("CREATE TABLE b (y INT)", 9), new SqlStatement("CREATE TABLE c (z INT)", 9),
                new SqlStatement("'multi\nline'", 10), new SqlStatement("SELECT 5", 11));
    }

    @Test
    void keepsCommentsBetweenTokensButDropsLeadingAndTrailingOnes() {
        assertThat(texts("/* lead */ SELECT /* mid */ 1 -- trail\n;")).containsExactly("SELECT /* mid */ 1");
    }

    @Test
    void handlesCrLfAndLoneCr() {
        assertThat(split("SELECT 1;\r\n-- c;\r\nSELECT\r\n 2;\rSELECT 3"))
                .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT\r\n 2", 3),
                        new SqlStatement("SELECT 3", 5));
    }

    @Test
    void lineCommentEndsAtCr() {
        assertThat(texts("SELECT 1 -- c\r;SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void everyStatementRunsOnH2() throws Exception {
        String script = "-- setup; with a quote's\r\n"
                + "CREATE TABLE \"SEMI;COLON\" (id INT PRIMARY KEY,\r\n"
                + "  note VARCHAR(20) DEFAULT 'a;b' /* x; /* y; */ */);\r\n"
                + "INSERT INTO \"SEMI;COLON\" VALUES (1, 'it''s; ok') // trailing; comment\n;\n"
                + "CREATE ALIAS twice AS $$ int twice(int x) { return x * 2; /* ; */ } $$;\n"
                + "SELECT twice(id) AS a$$b FROM `semi;colon`";
        TestDatabase db = TestDatabase.inMemory();
        List<SqlStatement> statements = split(script);
        assertThat(statements).hasSize(4);
        try (var c = db.getConnection(); var s = c.createStatement()) {
            for (SqlStatement statement : statements) {
                s.execute(statement.sql());
            }
            try (var rs = s.getResultSet()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void unterminatedStringNamesItsStartLine() {
        assertThatThrownBy(() -> split("SELECT 1;\nINSERT INTO t VALUES ('O''Brien);\nSELECT 2;"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX);
                    assertThat(e.detail()).startsWith("unterminated string literal starting here: 'O''Brien);")
                            .contains("close it with '");
                    assertThat(e.getMessage()).startsWith("FLUX-SYNTAX: line 2: unterminated string literal");
                });
    }

    @Test
    void unterminatedQuotedIdentifiersNameTheirStartLine() {
        assertThatThrownBy(() -> split("\n\nSELECT \"abc FROM t;"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).contains("unterminated quoted identifier").contains("close it with \"");
                });
        assertThatThrownBy(() -> split("SELECT `abc FROM t;"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.detail()).contains("close it with `");
                });
    }

    @Test
    void unterminatedBlockCommentNamesItsStartLine() {
        assertThatThrownBy(() -> split("SELECT 1;\n/* open\n\nSELECT 2;"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).contains("unterminated block comment").contains("close it with */");
                });
    }

    @Test
    void unterminatedNestedBlockCommentExplainsNesting() {
        assertThatThrownBy(() -> split("SELECT 1 /* a /* b */;\nSELECT 2;"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.detail()).contains("H2 nests block comments");
                });
    }

    @Test
    void unterminatedDollarBodyNamesItsStartLine() {
        assertThatThrownBy(() -> split("SELECT 1;\n\nCREATE ALIAS f AS $$\nString f() { return \"x\"; }\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).contains("unterminated $$ body").contains("close it with $$");
                });
    }

    @Test
    void unterminatedStringAfterCrLfLinesNamesItsLine() {
        assertThatThrownBy(() -> split("SELECT 1;\r\nSELECT 2;\r\nSELECT 'x"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
