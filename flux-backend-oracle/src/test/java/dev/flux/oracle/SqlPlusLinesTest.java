package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL*Plus policy: which lines are skipped, logged, rewritten or refused. */
class SqlPlusLinesTest {
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
    void settingsRemarksSpoolShowAndWheneverNeverReachTheDatabase() {
        String script = """
                SET DEFINE OFF
                set serveroutput on size unlimited
                SET ECHO ON;
                REM a remark with 'an open quote
                REMARK another; with a semicolon
                rem
                SPOOL out.log
                spo off
                WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
                WHENEVER OSERROR CONTINUE
                SHOW ERRORS
                sho err procedure p
                CREATE TABLE t (n NUMBER);
                """;
        assertThat(split(script)).containsExactly(new SqlStatement("CREATE TABLE t (n NUMBER)", 13));
    }

    @Test
    void setTransactionRoleAndConstraintsAreSql() {
        assertThat(texts("SET TRANSACTION READ ONLY;\nset role none;\nSET CONSTRAINTS ALL DEFERRED;\n"
                + "SET CONSTRAINT c IMMEDIATE;"))
                .containsExactly("SET TRANSACTION READ ONLY", "set role none", "SET CONSTRAINTS ALL DEFERRED",
                        "SET CONSTRAINT c IMMEDIATE");
    }

    @Test
    void sqlPlusWordsInsideAStatementAreSql() {
        String update = "UPDATE t\nSET n = 1\nWHERE n = 0";
        String tree = "SELECT id FROM emp\nSTART WITH mgr IS NULL\nCONNECT BY PRIOR id = mgr";
        assertThat(texts(update + ";\n" + tree + ";\n")).containsExactly(update, tree);
    }

    @Test
    void aWordThatOnlyStartsLikeACommandIsSql() {
        assertThat(SqlPlusLinesTest.this.texts("SETTINGS;\nREMOVE x;\nEXECUTED;\n"))
                .containsExactly("SETTINGS", "REMOVE x", "EXECUTED");
    }

    @Test
    void continuationLinesBelongToTheSetCommand() {
        assertThat(split("SET LINESIZE 200 -\n  PAGESIZE 50\nSELECT 1 FROM dual;"))
                .containsExactly(new SqlStatement("SELECT 1 FROM dual", 3));
    }

    @Test
    void promptTextTravelsAsACommentInFrontOfTheNextStatement() {
        List<SqlStatement> statements = split("PROMPT Creating table t; it's quick\nprompt\n"
                + "CREATE TABLE t (n NUMBER);\nPRO ---------\nDROP TABLE t;\nPROMPT Done.\n");
        assertThat(statements).containsExactly(
                new SqlStatement("-- PROMPT Creating table t; it's quick\nCREATE TABLE t (n NUMBER)", 3),
                new SqlStatement("-- PROMPT ---------\n-- PROMPT (after) Done.\nDROP TABLE t", 5));
    }

    @Test
    void promptsBeforeAPlsqlUnitDoNotChangeItsLine() {
        assertThat(split("PROMPT Package k\nCREATE PACKAGE k IS\n  PROCEDURE p;\nEND k;\n/\n"))
                .containsExactly(new SqlStatement("-- PROMPT Package k\nCREATE PACKAGE k IS\n  PROCEDURE p;\nEND k;", 2));
    }

    @Test
    void execRunsAsABlock() {
        assertThat(split("EXEC dbms_stats.gather_table_stats(USER, 'T');\nexecute p('a;b')\nEXEC p(1); -- note\n"))
                .containsExactly(new SqlStatement("BEGIN dbms_stats.gather_table_stats(USER, 'T'); END;", 1),
                        new SqlStatement("BEGIN p('a;b'); END;", 2),
                        new SqlStatement("BEGIN p(1); END;", 3));
    }

    @Test
    void execContinuesOnTheNextLineAfterAHyphen() {
        assertThat(split("EXEC dbms_stats.gather_table_stats( -\n  ownname => USER, -\n  tabname => 'T')\nSELECT 1 FROM dual;"))
                .containsExactly(new SqlStatement("BEGIN dbms_stats.gather_table_stats( \n  ownname => USER, \n  tabname => 'T'); END;", 1),
                        new SqlStatement("SELECT 1 FROM dual", 4));
    }

    @Test
    void execWithoutACallOrWithAnOpenStringIsAnError() {
        assertThat(failure("SELECT 1 FROM dual;\nEXEC\n").line()).isEqualTo(2);
        ScriptSyntaxException open = failure("EXEC p('a\nb');\n");
        assertThat(open.line()).isEqualTo(1);
        assertThat(open.detail()).contains("not closed before the line ends");
    }

    @Test
    void runningOtherScriptsIsRefusedWithTheLine() {
        ScriptSyntaxException at = failure("CREATE TABLE t (n NUMBER);\n@create_views.sql\n");
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.detail()).contains("'@create_views.sql'").contains("not support")
                .contains("make the other script a migration of its own");
        assertThat(failure("@@sibling.sql").detail()).contains("@@");
        assertThat(failure("START other.sql").detail()).contains("START");
    }

    @Test
    void substitutionIsRefusedWithTheLine() {
        ScriptSyntaxException define = failure("SET DEFINE ON\nDEFINE owner = APP\nSELECT 1 FROM dual;");
        assertThat(define.line()).isEqualTo(2);
        assertThat(define.detail()).contains("DEFINE").contains("substitution variables");
        assertThat(failure("def x = 1").detail()).contains("DEFINE");
        assertThat(failure("UNDEFINE x").line()).isEqualTo(1);
        ScriptSyntaxException amp = failure("SELECT 1 FROM dual;\nSELECT * FROM &table_name;\n");
        assertThat(amp.line()).isEqualTo(2);
        assertThat(amp.detail()).contains("&table_name").contains("substitution variable");
        assertThat(failure("BEGIN\n  x := &&value;\nEND;\n/\n").line()).isEqualTo(2);
        assertThat(failure("EXEC p(&x)").line()).isEqualTo(1);
    }

    @Test
    void anAmpersandInAStringOrCommentIsText() {
        assertThat(texts("INSERT INTO t VALUES ('AT&T', q'[R&D]'); -- &not_a_variable\n/* &neither */"))
                .containsExactly("INSERT INTO t VALUES ('AT&T', q'[R&D]')");
    }

    @Test
    void otherSqlPlusOnlyCommandsAreRefused() {
        for (String line : List.of("EXIT", "quit", "HOST ls", "CONNECT app/secret@db", "DISC", "VARIABLE n NUMBER",
                "PRINT n", "ACCEPT x PROMPT 'x?'", "PAUSE", "COLUMN name FORMAT a20", "DESC t")) {
            ScriptSyntaxException e = failure("SELECT 1 FROM dual;\n" + line + "\n");
            assertThat(e.line()).as(line).isEqualTo(2);
            assertThat(e.detail()).as(line).contains("SQL*Plus command that flux does not support");
        }
    }

    @Test
    void aScriptOfOnlySqlPlusLinesHasNoStatements() {
        assertThat(split("SET ECHO ON\nPROMPT nothing to run\nREM done\n/\n")).isEmpty();
    }
}
