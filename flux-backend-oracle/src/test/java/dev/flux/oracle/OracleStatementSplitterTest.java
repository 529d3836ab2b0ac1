package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain SQL, PL/SQL units, literals, comments and line ends; SQL*Plus lines are in {@link SqlPlusLinesTest}. */
class OracleStatementSplitterTest {
    private final OracleStatementSplitter splitter = new OracleStatementSplitter();

    private List<SqlStatement> split(String script) {
        return splitter.split(script);
    }

    private List<String> texts(String script) {
        return split(script).stream().map(SqlStatement::sql).toList();
    }

    private ScriptSyntaxException failure(String script) {
        try {
            split(script);
        } catch (ScriptSyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for:\n" + script);
    }

    @Test
    void plainSqlEndsAtSemicolonWhichIsNotSent() {
        assertThat(split("CREATE TABLE a (id NUMBER);\n  INSERT INTO a VALUES (1) ;\n"))
                .containsExactly(new SqlStatement("CREATE TABLE a (id NUMBER)", 1),
                        new SqlStatement("INSERT INTO a VALUES (1)", 2));
    }

    @Test
    void withSelectEndingInSemicolonIsSentWithoutIt() {
        assertThat(texts("WITH t AS (SELECT 1 AS n FROM dual)\nSELECT n FROM t;\n"))
                .containsExactly("WITH t AS (SELECT 1 AS n FROM dual)\nSELECT n FROM t");
    }

    @Test
    void aLastStatementNeedsNoTerminatorAndEmptyOnesAreDropped() {
        assertThat(texts("SELECT 1 FROM dual;\nSELECT 2 FROM dual")).containsExactly("SELECT 1 FROM dual",
                "SELECT 2 FROM dual");
        assertThat(split(";;  ;\n-- nothing here;\n/* nor; here */ ;")).isEmpty();
        assertThat(split("")).isEmpty();
        assertThat(split(" \n\t\n")).isEmpty();
    }

    @Test
    void aSlashLineEndsAPlainStatementToo() {
        assertThat(split("CREATE TABLE a (id NUMBER)\n/\nCREATE TABLE b (id NUMBER)\n  /  \n"))
                .containsExactly(new SqlStatement("CREATE TABLE a (id NUMBER)", 1),
                        new SqlStatement("CREATE TABLE b (id NUMBER)", 3));
    }

    @Test
    void aSlashLineWithNothingBeforeItIsIgnored() {
        assertThat(texts("CREATE TABLE a (id NUMBER);\n/\nDROP TABLE a;\n/\n"))
                .containsExactly("CREATE TABLE a (id NUMBER)", "DROP TABLE a");
    }

    @Test
    void slashElsewhereIsDivision() {
        assertThat(texts("SELECT 10/2, 10 / 2,\n  sal\n  / 12 FROM emp;\nSELECT 1/\n2 FROM dual;"))
                .containsExactly("SELECT 10/2, 10 / 2,\n  sal\n  / 12 FROM emp", "SELECT 1/\n2 FROM dual");
    }

    @Test
    void stringsWithDoubledQuotesHoldSemicolonsAndSlashLines() {
        assertThat(texts("INSERT INTO t VALUES ('a;b', 'it''s; fine', '');\nINSERT INTO t VALUES ('x\n/\ny');"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", "INSERT INTO t VALUES ('x\n/\ny')");
        assertThat(texts("SELECT '''' FROM dual;SELECT ''';''' FROM dual"))
                .containsExactly("SELECT '''' FROM dual", "SELECT ''';''' FROM dual");
    }

    @Test
    void qQuotedLiteralsInEveryDelimiterForm() {
        String script = """
                INSERT INTO t VALUES (q'[it's; a [test] here]', Q'{a; b}', q'(x;)', q'<y;>');
                INSERT INTO t VALUES (q'!it's; here!', q'#;#', nq'[ünï; côdé]', NQ'|;|', Nq'x;x');
                INSERT INTO t VALUES (q'[
                /
                ]');
                """;
        assertThat(split(script)).extracting(SqlStatement::line).containsExactly(1, 2, 3);
        assertThat(texts(script).get(0)).endsWith("q'<y;>')");
        assertThat(texts(script).get(1)).endsWith("Nq'x;x')");
        assertThat(texts(script).get(2)).isEqualTo("INSERT INTO t VALUES (q'[\n/\n]')");
    }

    @Test
    void aQAtTheEndOfANameIsNotAQuote() {
        assertThat(texts("SELECT seq'x;' FROM dual;SELECT 2 FROM dual"))
                .containsExactly("SELECT seq'x;' FROM dual", "SELECT 2 FROM dual");
    }

    @Test
    void quotedNamesHoldSemicolons() {
        assertThat(texts("CREATE TABLE \"a;b\" (\"x;\" NUMBER);\nDROP TABLE \"a;b\";"))
                .containsExactly("CREATE TABLE \"a;b\" (\"x;\" NUMBER)", "DROP TABLE \"a;b\"");
    }

    @Test
    void commentsBeforeAStatementAreDroppedAndInsideKept() {
        assertThat(split("-- header; with semicolon\n/* block; */\nSELECT 1 -- it's; a comment\n+ 1 /* ; ' \" */ FROM dual;"))
                .containsExactly(new SqlStatement("SELECT 1 -- it's; a comment\n+ 1 /* ; ' \" */ FROM dual", 3));
        assertThat(texts("SELECT 1 FROM dual; -- trailing comment\n")).containsExactly("SELECT 1 FROM dual");
        assertThat(texts("SELECT /*+ INDEX(t) */ 1 FROM t;")).containsExactly("SELECT /*+ INDEX(t) */ 1 FROM t");
    }

    @Test
    void oracleBlockCommentsDoNotNest() {
        assertThat(texts("SELECT 1 /* outer /* inner */ FROM dual; SELECT 2 FROM dual"))
                .containsExactly("SELECT 1 /* outer /* inner */ FROM dual", "SELECT 2 FROM dual");
    }

    @Test
    void anonymousBlocksEndAtTheSlashLineAndKeepTheirEnd() {
        String script = "DECLARE\n  n NUMBER := 1;\nBEGIN\n  n := n / 2;\n  INSERT INTO t VALUES (n);\nEND;\n/\n"
                + "BEGIN\n  NULL;\nEND;\n/\n<<outer>>\nBEGIN\n  NULL;\nEND outer;\n/\n";
        assertThat(split(script)).containsExactly(
                new SqlStatement("DECLARE\n  n NUMBER := 1;\nBEGIN\n  n := n / 2;\n  INSERT INTO t VALUES (n);\nEND;", 1),
                new SqlStatement("BEGIN\n  NULL;\nEND;", 8),
                new SqlStatement("<<outer>>\nBEGIN\n  NULL;\nEND outer;", 12));
    }

    @Test
    void everyKindOfStoredUnitEndsAtTheSlashLine() {
        List<String> heads = List.of("CREATE FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;",
                "CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END p;",
                "create or replace editionable package k is procedure p; end;",
                "CREATE OR REPLACE NONEDITIONABLE PACKAGE BODY k IS PROCEDURE p IS BEGIN NULL; END; END;",
                "CREATE TYPE t AS OBJECT (n NUMBER);",
                "CREATE TYPE tl AS TABLE OF NUMBER;",
                "CREATE OR REPLACE TYPE BODY t IS MEMBER FUNCTION m RETURN NUMBER IS BEGIN RETURN 1; END; END;",
                "CREATE OR REPLACE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN :new.n := 1; END;",
                "CREATE IF NOT EXISTS PROCEDURE q IS BEGIN NULL; END;");
        for (String unit : heads) {
            assertThat(texts(unit + "\n/\nSELECT 1 FROM dual;")).as(unit).containsExactly(unit, "SELECT 1 FROM dual");
        }
    }

    @Test
    void javaAndMleSourcesAreNotReadAsSqlAndEndAtTheSlashLine() {
        List<String> heads = List.of("CREATE JAVA SOURCE NAMED \"A\" AS",
                "create or replace and resolve noforce java source named app.\"B\" as",
                "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"C\" RESOLVER ((* APP)(* PUBLIC)) AUTHID CURRENT_USER AS",
                "CREATE AND COMPILE SHARING = METADATA JAVA SOURCE NAMED \"D\" AS",
                "CREATE MLE MODULE m LANGUAGE JAVASCRIPT AS",
                "CREATE OR REPLACE MLE MODULE app.m VERSION '2.1' LANGUAGE JAVASCRIPT AS",
                "CREATE IF NOT EXISTS MLE MODULE m LANGUAGE JAVASCRIPT AS");
        String code = "\n// it's; not SQL\nlet s = \"a;\" + 'b\\'';\n/* ; */ x = 10\n  / 2;\nCREATE\n";
        for (String head : heads) {
            assertThat(split(head + code + "/\nSELECT 1 FROM dual;")).as(head)
                    .containsExactly(new SqlStatement(head + code.stripTrailing(), 1), new SqlStatement("SELECT 1 FROM dual", 8));
        }
    }

    @Test
    void javaAndMleLoadedUsingAFileAreJavaClassesArePlainSql() {
        assertThat(texts("CREATE JAVA CLASS USING BFILE (java_dir, 'Agent.class');\n"
                + "CREATE OR REPLACE JAVA RESOURCE NAMED \"x.properties\" USING BLOB (SELECT b FROM files WHERE n = 'x');\n"
                + "CREATE MLE MODULE m LANGUAGE JAVASCRIPT USING CLOB (SELECT c FROM js WHERE n = 'm');\n"
                + "CREATE MLE ENV e IMPORTS ('m' MODULE m);\nCREATE TABLE java (n NUMBER);\n"))
                .containsExactly("CREATE JAVA CLASS USING BFILE (java_dir, 'Agent.class')",
                        "CREATE OR REPLACE JAVA RESOURCE NAMED \"x.properties\" USING BLOB (SELECT b FROM files WHERE n = 'x')",
                        "CREATE MLE MODULE m LANGUAGE JAVASCRIPT USING CLOB (SELECT c FROM js WHERE n = 'm')",
                        "CREATE MLE ENV e IMPORTS ('m' MODULE m)", "CREATE TABLE java (n NUMBER)");
    }

    @Test
    void aJavaSourceWithoutItsSlashLineIsAnErrorNamingItsFirstLine() {
        ScriptSyntaxException e = failure("SELECT 1 FROM dual;\nCREATE JAVA SOURCE NAMED \"A\" AS\npublic class A {}\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).contains("Java or JavaScript source").contains("not terminated")
                .contains("line holding only /");
        assertThat(failure("CREATE MLE MODULE m LANGUAGE JAVASCRIPT AS export const a = 1;").line()).isEqualTo(1);
    }

    @Test
    void otherCreateStatementsArePlainSql() {
        assertThat(texts("CREATE OR REPLACE VIEW v AS SELECT 1 AS n FROM dual;\nCREATE SEQUENCE s;\n"
                + "CREATE OR REPLACE SYNONYM syn FOR t;\nCREATE TABLE type (n NUMBER);"))
                .containsExactly("CREATE OR REPLACE VIEW v AS SELECT 1 AS n FROM dual", "CREATE SEQUENCE s",
                        "CREATE OR REPLACE SYNONYM syn FOR t", "CREATE TABLE type (n NUMBER)");
    }

    @Test
    void withFunctionEndsAtTheSlashLineWithoutItsFinalSemicolon() {
        String query = "WITH\n  FUNCTION twice(n NUMBER) RETURN NUMBER IS\n  BEGIN\n    RETURN n * 2;\n  END;\n"
                + "SELECT twice(id) FROM t";
        assertThat(split(query + ";\n/\nSELECT 1 FROM dual;"))
                .containsExactly(new SqlStatement(query, 1), new SqlStatement("SELECT 1 FROM dual", 8));
        assertThat(texts(query + "\n/\n")).containsExactly(query);
        String view = "CREATE OR REPLACE VIEW v AS WITH PROCEDURE p IS BEGIN NULL; END; "
                + "FUNCTION f RETURN NUMBER IS BEGIN p; RETURN 1; END; SELECT f FROM dual";
        assertThat(texts(view + ";\n/\n")).containsExactly(view);
    }

    @Test
    void aSubqueryNamedFunctionIsPlainSql() {
        assertThat(texts("WITH function AS (SELECT 1 n FROM dual) SELECT n FROM function;\nSELECT 2 FROM dual;"))
                .containsExactly("WITH function AS (SELECT 1 n FROM dual) SELECT n FROM function", "SELECT 2 FROM dual");
    }

    @Test
    void aUnitNeverTerminatedIsAnErrorNamingItsFirstLine() {
        ScriptSyntaxException e = failure("SELECT 1 FROM dual;\n\nCREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX);
        assertThat(e.detail()).contains("CREATE OR REPLACE PROCEDURE p IS").contains("not terminated")
                .contains("line holding only /");
        assertThat(failure("BEGIN\n  NULL;\nEND;").line()).isEqualTo(1);
    }

    @Test
    void aUnitIsNeverMergedWithTheNextStatement() {
        ScriptSyntaxException e = failure("CREATE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\nCREATE TABLE t (n NUMBER);\n/\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).contains("before the statement on line 5 (CREATE TABLE t (n NUMBER);)");
        assertThat(failure("CREATE TYPE t AS OBJECT (n NUMBER);\nGRANT EXECUTE ON t TO PUBLIC;\n").line()).isEqualTo(1);
        assertThat(failure("BEGIN\n  NULL;\nEND;\nSHOW ERRORS\n").detail()).contains("line 4");
        for (String next : List.of("ALTER", "DROP", "REVOKE", "create")) {
            assertThat(failure("BEGIN NULL; END;\n" + next + " x;\n/\n").line()).isEqualTo(1);
        }
    }

    @Test
    void plsqlStatementsAfterSemicolonsStayInTheUnit() {
        String unit = "BEGIN\n  SET TRANSACTION READ ONLY;\n  COMMIT;\n  EXIT WHEN x;\n  show(1);\nEND;";
        assertThat(texts(unit + "\n/\n")).containsExactly(unit);
    }

    @Test
    void unterminatedStringsNamesAndCommentsNameTheirLine() {
        assertThat(failure("SELECT 1 FROM dual;\n\nINSERT INTO a VALUES ('oops);\nSELECT 2 FROM dual;\n").line()).isEqualTo(3);
        assertThat(failure("SELECT 1 FROM dual;\n/* never closed\nSELECT 2 FROM dual;\n").line()).isEqualTo(2);
        assertThat(failure("SELECT \"oops FROM dual;\n").line()).isEqualTo(1);
        ScriptSyntaxException q = failure("SELECT 1 FROM dual;\nINSERT INTO t VALUES (q'[never closed');\n");
        assertThat(q.line()).isEqualTo(2);
        assertThat(q.detail()).contains("q-quoted literal").contains("]'");
        assertThat(failure("BEGIN\n  x := 'open;\nEND;\n/\n").line()).isEqualTo(2);
        assertThat(failure("SELECT q' x' FROM dual;").detail()).contains("no delimiter");
    }

    @Test
    void windowsAndOldMacLineEndsGiveTheSameStatementsAndLines() {
        String unix = "CREATE TABLE a (n NUMBER);\nBEGIN\n  NULL;\nEND;\n/\nINSERT INTO a VALUES (1);\n";
        List<SqlStatement> lf = split(unix);
        List<SqlStatement> crlf = split(unix.replace("\n", "\r\n"));
        List<SqlStatement> cr = split(unix.replace("\n", "\r"));
        assertThat(crlf).extracting(SqlStatement::line).containsExactly(1, 2, 6);
        assertThat(cr).extracting(SqlStatement::line).containsExactly(1, 2, 6);
        assertThat(crlf).extracting(s -> s.sql().replace("\r\n", "\n")).isEqualTo(lf.stream().map(SqlStatement::sql).toList());
        assertThat(cr).extracting(s -> s.sql().replace("\r", "\n")).isEqualTo(lf.stream().map(SqlStatement::sql).toList());
    }

    @Test
    void theTckPreApplyScriptOfTheOracleTckIsOneBlock() {
        String script = new OracleTckTest().dropViewIfExistsScript("user_names");
        assertThat(split(script)).singleElement().satisfies(s -> {
            assertThat(s.sql()).startsWith("BEGIN").contains("'DROP VIEW user_names'").endsWith("END;");
            assertThat(s.line()).isEqualTo(1);
        });
    }

    @Test
    void providerHandsOutThisSplitter() {
        assertThat(new OracleBackendProvider().splitter()).isInstanceOf(OracleStatementSplitter.class);
    }
}
