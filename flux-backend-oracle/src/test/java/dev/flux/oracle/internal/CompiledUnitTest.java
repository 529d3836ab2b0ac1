package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.spi.SqlStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which object a statement compiles, and how error lines map to script lines. */
class CompiledUnitTest {

    @Test
    void createStatementsNameTheirObjectAndType() {
        assertThat(CompiledUnit.of("CREATE OR REPLACE PACKAGE BODY orders_api AS\nEND;"))
                .isEqualTo(new CompiledUnit(null, "ORDERS_API", List.of("PACKAGE BODY"), 18));
        assertThat(CompiledUnit.of("create editionable function app.\"Total\" return number is begin return 1; end;"))
                .isEqualTo(new CompiledUnit("APP", "Total", List.of("FUNCTION"), 19));
        assertThat(CompiledUnit.of("CREATE OR REPLACE NONEDITIONABLE PROCEDURE p IS BEGIN NULL; END;").types())
                .containsExactly("PROCEDURE");
        assertThat(CompiledUnit.of("CREATE TYPE BODY money_t AS END;").types()).containsExactly("TYPE BODY");
        assertThat(CompiledUnit.of("CREATE OR REPLACE TYPE money_t FORCE AS OBJECT (n NUMBER);").name())
                .isEqualTo("MONEY_T");
        assertThat(CompiledUnit.of("CREATE IF NOT EXISTS PROCEDURE p IS BEGIN NULL; END;").name()).isEqualTo("P");
    }

    @Test
    void viewsHaveNoSourceToMapTo() {
        assertThat(CompiledUnit.of("CREATE OR REPLACE FORCE EDITIONING VIEW v AS SELECT * FROM t"))
                .isEqualTo(new CompiledUnit(null, "V", List.of("VIEW"), -1));
        assertThat(CompiledUnit.of("CREATE OR REPLACE NO FORCE VIEW app.v AS SELECT 1 x FROM dual").owner())
                .isEqualTo("APP");
    }

    @Test
    void theSourceOfAUnitStartsAtItsTypeKeyword() {
        String sql = "-- PROMPT compiling\nCREATE OR REPLACE\n  PACKAGE k IS\nEND;";
        assertThat(CompiledUnit.of(sql).sourceStart()).isEqualTo(sql.indexOf("PACKAGE"));
    }

    @Test
    void theSourceOfATriggerStartsAtItsBody() {
        String simple = "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN NULL; END;";
        assertThat(CompiledUnit.of(simple)).isEqualTo(new CompiledUnit(null, "TR", List.of("TRIGGER"), simple.indexOf("BEGIN")));
        String declared = "CREATE OR REPLACE TRIGGER app.tr\n  BEFORE UPDATE OF \"BEGIN\", status ON orders\n"
                + "  REFERENCING NEW AS n FOR EACH ROW\n  WHEN (n.begin > 0 AND n.status <> 'DECLARE')\nDECLARE\n"
                + "  x NUMBER;\nBEGIN\n  NULL;\nEND;";
        assertThat(CompiledUnit.of(declared).sourceStart()).isEqualTo(declared.indexOf("DECLARE\n"));
        String compound = "CREATE OR REPLACE TRIGGER audit_tr\nFOR UPDATE ON t\nCOMPOUND TRIGGER\n"
                + "  BEFORE STATEMENT IS BEGIN NULL; END BEFORE STATEMENT;\nEND audit_tr;";
        assertThat(CompiledUnit.of(compound).sourceStart()).isEqualTo(compound.indexOf("COMPOUND"));
        assertThat(CompiledUnit.of("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW CALL check_row(:new.id)")
                .sourceStart()).as("a CALL trigger has no body").isEqualTo(-1);
    }

    @Test
    void alterCompileChecksTheRecompiledParts() {
        assertThat(CompiledUnit.of("ALTER PACKAGE k COMPILE").types()).containsExactly("PACKAGE", "PACKAGE BODY");
        assertThat(CompiledUnit.of("ALTER PACKAGE k COMPILE BODY").types()).containsExactly("PACKAGE BODY");
        assertThat(CompiledUnit.of("ALTER PACKAGE k COMPILE SPECIFICATION").types()).containsExactly("PACKAGE");
        assertThat(CompiledUnit.of("ALTER VIEW v COMPILE").types()).containsExactly("VIEW");
        assertThat(CompiledUnit.of("alter procedure app.p compile reuse settings"))
                .isEqualTo(new CompiledUnit("APP", "P", List.of("PROCEDURE"), -1));
    }

    @Test
    void otherStatementsCompileNothing() {
        for (String sql : List.of("CREATE TABLE t (n NUMBER)", "ALTER TRIGGER tr ENABLE", "ALTER TYPE t ADD ATTRIBUTE (x NUMBER)",
                "CREATE SEQUENCE s", "BEGIN NULL; END;", "DROP PACKAGE k", "CREATE OR REPLACE SYNONYM s FOR t", "")) {
            assertThat(CompiledUnit.of(sql)).as(sql).isNull();
        }
    }

    @Test
    void errorLinesAreShownAsScriptLinesWhereTheyCanBeMapped() {
        String sql = "CREATE OR REPLACE\n  PACKAGE BODY k IS\n  FUNCTION f RETURN NUMBER IS\n  BEGIN\n    RETURN 'x' + ;\n"
                + "  END;\nEND k;";
        CompiledUnit body = CompiledUnit.of(sql);
        SqlStatement statement = new SqlStatement(sql, 10);
        assertThat(CompileErrors.where(statement, body, 4, 18))
                .isEqualTo("at script line 14 (line 4 of the unit), column 18");
        assertThat(CompileErrors.where(statement, body, 1, 14))
                .as("on the unit's first line the column counts from PACKAGE, in column 3 of the script")
                .isEqualTo("at script line 11 (line 1 of the unit), column 16");
        CompiledUnit altered = CompiledUnit.of("ALTER PACKAGE k COMPILE BODY");
        assertThat(CompileErrors.where(new SqlStatement("ALTER PACKAGE k COMPILE BODY", 3), altered, 2, 3))
                .isEqualTo("at line 2 of the object, column 3");
        CompiledUnit view = new CompiledUnit(null, "V", List.of("VIEW"), -1);
        assertThat(CompileErrors.where(new SqlStatement("CREATE VIEW v AS SELECT 1 FROM t", 10), view, 0, 0))
                .isEqualTo("(no line)");
    }

    @Test
    void triggerErrorsCountFromTheBodyAndAreShownAsScriptLines() {
        String sql = "-- PROMPT audit\nCREATE OR REPLACE TRIGGER tr\n  BEFORE INSERT ON t\n  FOR EACH ROW\nDECLARE\n"
                + "  n NUMBER;\nBEGIN\n  n := undeclared;\nEND;";
        CompiledUnit trigger = CompiledUnit.of(sql);
        assertThat(CompileErrors.where(new SqlStatement(sql, 20), trigger, 4, 8))
                .as("line 1 of the body is the DECLARE line, script line 23").isEqualTo("at script line 26 (line 4 of the"
                        + " trigger body), column 8");
        String oneLine = "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN x; END;";
        assertThat(CompileErrors.where(new SqlStatement(oneLine, 5), CompiledUnit.of(oneLine), 1, 7)).as("x, 6 after BEGIN in column 38")
                .isEqualTo("at script line 5 (line 1 of the trigger body), column 44");
    }

    @Test
    void oracleCountsLinesAtLfOnlyWhileTheScriptCountsItsOwnWay() {
        String sql = "CREATE PROCEDURE p IS\n  s VARCHAR2(9) := 'a\rb';\nBEGIN\n  oops;\nEND;";
        SqlStatement statement = new SqlStatement(sql, 1);
        assertThat(SourcePosition.inScript(statement, 7, 4, 3))
                .as("Oracle's line 4 is oops; the splitter counts the lone CR, so that is script line 5")
                .isEqualTo(new SourcePosition.InScript(5, 3));
        assertThat(SourcePosition.inScript(statement, 7, 9, 1)).as("past the statement").isNull();
        assertThat(SourcePosition.inScript(statement, -1, 1, 1)).isNull();
        assertThat(SourcePosition.inScript(statement, 7, 1, 500)).as("a column past the line's end stays on it")
                .isEqualTo(new SourcePosition.InScript(1, 22));
    }

    @Test
    void aCompilationWarningOfTheDriverIsRecognisedAmongOtherWarnings() {
        SQLWarning chain = new SQLWarning("some other warning", "01000", 17000);
        assertThat(CompileErrors.driverWarned(chain)).isFalse();
        chain.setNextWarning(new SQLWarning("Warning: execution completed with warning", "99999", 17110));
        assertThat(CompileErrors.driverWarned(chain)).isTrue();
        assertThat(CompileErrors.driverWarned(null)).isFalse();
        SQLException unexplained = CompileErrors.unexplained("what the statement 'CREATE JAVA SOURCE NAMED x AS' created");
        assertThat(unexplained.getErrorCode()).isEqualTo(24344);
        assertThat((Throwable) unexplained).hasMessageContaining("Oracle reported compilation errors (ORA-24344, driver warning 17110) for what the"
                        + " statement 'CREATE JAVA SOURCE NAMED x AS' created")
                .hasMessageContaining("INVALID").hasMessageContaining("USER_ERRORS");
        assertThat(Execution.isCreateOrAlter("-- PROMPT x\ncreate and compile java source named x as class X {}")).isTrue();
        assertThat(Execution.isCreateOrAlter("ALTER JAVA SOURCE x COMPILE")).isTrue();
        assertThat(Execution.isCreateOrAlter("INSERT INTO t SELECT SUM(n) FROM u")).as("17110 may mean something else")
                .isFalse();
        assertThat(Execution.isCreateOrAlter("")).isFalse();
        assertThat(Execution.head("-- PROMPT x\nCREATE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS public class Hello {}"))
                .as("at most 40 characters, behind the prompts").isEqualTo("'CREATE AND COMPILE JAVA SOURCE NAMED \"He...'");
    }
}
