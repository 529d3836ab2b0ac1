package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MariaDB's dialect of statement splitting, as the mariadb client splits; needs no database. */
class MariaDbStatementSplitterTest {
    private final MariaDbStatementSplitter splitter = new MariaDbStatementSplitter();

    private List<SqlStatement> split(String script) {
        return splitter.split(script);
    }

    private void assertRefusedAtLine(String script, int line, String... phrases) {
        assertThatThrownBy(() -> split(script)).isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.detail()).contains(phrases);
        });
    }

    @Test
    void delimiterLinesChangeTheDelimiterAndAreNeverSent() {
        List<SqlStatement> statements = split("""
                CREATE TABLE t (id INT);
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  INSERT INTO t VALUES (1);
                  INSERT INTO t VALUES (2);
                END$$
                delimiter //
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.id = NEW.id + 1//
                DELIMITER ;
                CALL p();
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 9, 11);
        assertThat(statements.get(1).sql()).startsWith("CREATE PROCEDURE p()").endsWith("END")
                .contains("INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);");
        assertThat(statements.get(2).sql()).endsWith("NEW.id + 1");
        assertThat(statements.get(3).sql()).isEqualTo("CALL p()");
        assertThat(statements).extracting(SqlStatement::sql).noneMatch(s -> s.toUpperCase().contains("DELIMITER"));
    }

    @Test
    void aDelimiterOfSeveralCharactersEndsAStatementEvenRightAfterAWord() {
        assertThat(split("DELIMITER ;;\nSELECT 1;;SELECT 2 ;;\nDELIMITER ;\nSELECT 3;"))
                .extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
        assertThat(split("DELIMITER $$\nSELECT a$b FROM t$$\n")).extracting(SqlStatement::sql)
                .containsExactly("SELECT a$b FROM t");
    }

    @Test
    void withoutDelimiterTheBodiesOfStoredProgramsStayWhole() {
        List<SqlStatement> statements = split("""
                CREATE DEFINER = CURRENT_USER PROCEDURE p(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN SET i = -1; END;
                  IF n > 0 THEN SET i = 1; ELSEIF n < 0 THEN SET i = 2; END IF;
                  lbl: LOOP LEAVE lbl; END LOOP lbl;
                  WHILE i < 3 DO SET i = i + 1; END WHILE;
                  REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;
                  CASE n WHEN 1 THEN SET i = 5; ELSE BEGIN END; END CASE;
                  SET i = CASE WHEN n = 1 THEN 1 ELSE 2 END;
                END;
                CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1;
                CREATE TRIGGER tr AFTER UPDATE ON t FOR EACH ROW BEGIN
                  INSERT INTO log VALUES (NEW.id);
                END;
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM log; END;
                BEGIN NOT ATOMIC SELECT 1; SELECT 2; END;
                BEGIN;
                INSERT INTO t VALUES (1);
                COMMIT;
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 12, 13, 16, 17, 18, 19, 20);
        assertThat(statements.get(0).sql()).endsWith("ELSE 2 END;\nEND");
        assertThat(statements.get(4).sql()).isEqualTo("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END");
        assertThat(statements.get(5).sql()).isEqualTo("BEGIN");
    }

    @Test
    void anAlteredEventKeepsItsBodyAndAlteredTablesDoNotOpenBlocks() {
        assertThat(split("ALTER EVENT e DO BEGIN DELETE FROM a; DELETE FROM b; END;\n"
                + "ALTER TABLE t ADD c INT AS (CASE WHEN a THEN 1 ELSE 2 END);\nSELECT 3;"))
                .extracting(SqlStatement::line).containsExactly(1, 2, 3);
    }

    @Test
    void tablesAndViewsNamedLikeKeywordsAreNoPrograms() {
        assertThat(split("CREATE TABLE event (id INT, `begin` INT);\nCREATE VIEW v AS SELECT 1;\nSELECT 2;"))
                .hasSize(3);
    }

    @Test
    void commentsOfEveryKindAreSkippedAndDashDashNeedsASpace() {
        List<SqlStatement> statements = split("""
                # a hash comment; not a statement
                -- a dash comment; nor this
                --\ttab after the dashes
                SELECT 1 --1
                ;
                SELECT /* ; */ 2 ; # trailing
                """);
        assertThat(statements).extracting(SqlStatement::sql).containsExactly("SELECT 1 --1", "SELECT /* ; */ 2");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(4, 6);
    }

    @Test
    void executableCommentsAreKeptAndMayStartAStatement() {
        List<SqlStatement> statements = split("""
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER tr BEFORE INSERT ON t
                FOR EACH ROW SET NEW.a = 1 */;
                /*M!100101 SET STATEMENT max_statement_time=1 FOR */ SELECT 1;
                /*! SELECT 2; */;
                """);
        assertThat(statements).extracting(SqlStatement::sql).containsExactly(
                "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
                "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER tr BEFORE INSERT ON t\n"
                        + "FOR EACH ROW SET NEW.a = 1 */",
                "/*M!100101 SET STATEMENT max_statement_time=1 FOR */ SELECT 1",
                "/*! SELECT 2; */");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 4, 5);
    }

    @Test
    void stringsTakeBackslashEscapesAndDoubledQuotesAndBackticksHideDelimiters() {
        List<SqlStatement> statements = split("INSERT INTO t VALUES ('a\\'; b', \"c\\\"; d\", 'it''s;');\n"
                + "SELECT `odd;name`, `with``tick;` FROM t;\nSELECT '\\\\';\nSELECT 4;");
        assertThat(statements).extracting(SqlStatement::sql).containsExactly(
                "INSERT INTO t VALUES ('a\\'; b', \"c\\\"; d\", 'it''s;')", "SELECT `odd;name`, `with``tick;` FROM t",
                "SELECT '\\\\'", "SELECT 4");
    }

    @Test
    void multiLineStringsCountTheirLines() {
        assertThat(split("SELECT 'a\nb\nc';\n\nSELECT `x\ny`;\nSELECT 3;")).extracting(SqlStatement::line)
                .containsExactly(1, 5, 7);
    }

    @Test
    void unterminatedConstructsNameTheLineTheyOpenOn() {
        assertRefusedAtLine("SELECT 1;\nSELECT `never closed;\n", 2, "quoted name");
        assertRefusedAtLine("SELECT 1;\n\nSELECT 'it\\';\n", 3, "string");
        assertRefusedAtLine("SELECT 1;\n/*! SELECT 2;\n", 2, "executable comment");
        assertRefusedAtLine("SELECT 1;\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n", 3, "BEGIN ... END");
    }

    @Test
    void clientCommandsAreRefusedWithTheirLine() {
        assertRefusedAtLine("SELECT 1;\nUSE other;\n", 2, "'USE'", "other_db.table");
        assertRefusedAtLine("SELECT 1;\n\nsource setup.sql;\n", 3, "'source'");
        assertRefusedAtLine("SELECT 1\\G\n", 1, "'\\G'", "delimiter");
        assertRefusedAtLine("SELECT 1;\n\\. setup.sql\n", 2, "'\\.'");
        assertRefusedAtLine("SELECT 1; DELIMITER $$\n", 1, "'DELIMITER'", "line of its own");
    }

    @Test
    void aDelimiterLineInsideAStatementIsRefused() {
        assertRefusedAtLine("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END\nDELIMITER ;\nSELECT 2;\n", 3,
                "inside the statement that starts on line 2", "'$$'");
    }

    @Test
    void badDelimitersAreRefused() {
        assertRefusedAtLine("SELECT 1;\nDELIMITER\n", 2, "one word");
        assertRefusedAtLine("DELIMITER $$ extra\n", 1, "one word");
        assertRefusedAtLine("DELIMITER \\\\\n", 1, "backslash");
        assertRefusedAtLine("DELIMITER #\n", 1, "comment marker");
    }

    @Test
    void aFileEndingInsideACustomDelimiterStatementEndsThatStatement() {
        assertThat(split("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n"))
                .extracting(SqlStatement::sql).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END");
    }

    @Test
    void windowsLineEndsKeepTheLines() {
        assertThat(split("DELIMITER $$\r\nCREATE PROCEDURE p()\r\nBEGIN SELECT 1; END$$\r\nDELIMITER ;\r\nSELECT 2;"))
                .extracting(SqlStatement::line).containsExactly(2, 5);
    }
}
