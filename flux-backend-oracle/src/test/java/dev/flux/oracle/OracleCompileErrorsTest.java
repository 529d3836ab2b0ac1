package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PL/SQL and views that do not compile fail their migration instead of being recorded as applied. */
class OracleCompileErrorsTest extends OracleTestBase {

    @Test
    void aProcedureThatDoesNotCompileFailsWithEveryErrorsLineColumnAndText() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__proc.sql", "CREATE TABLE t (n NUMBER);\n\nCREATE OR REPLACE PROCEDURE broken IS\nBEGIN\n"
                + "  UPDATE no_such_table SET n = 1;\n  undeclared_call;\nEND;\n/\nCREATE TABLE after_it (n NUMBER);\n");
        Flux flux = flux(db.dataSource(), Map.of());
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V1__proc failed at statement 2 of 3 (V1__proc.sql:3)")
                .hasMessageContaining("error 24344")
                .hasMessageContaining("PROCEDURE " + db.name() + ".BROKEN does not compile")
                .hasMessageContaining("at script line 5 (line 3 of the unit)")
                .hasMessageContaining("ORA-00942")
                .hasMessageContaining("at script line 6 (line 4 of the unit)")
                .hasMessageContaining("PLS-00201")
                .hasMessageContaining("1 of 3 statements completed");
        assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsExactly(MigrationState.FAILED);
        assertThat(strings(db.dataSource(), "SELECT STATUS FROM USER_OBJECTS WHERE OBJECT_NAME = 'BROKEN'"))
                .containsExactly("INVALID");
        assertThat(strings(db.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES WHERE TABLE_NAME = 'AFTER_IT'")).isEmpty();
    }

    @Test
    void aPackageBodyErrorPointsAtTheScriptLineBehindPromptsAndAMultiLineHeader() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__pkg.sql", "PROMPT package k\nCREATE OR REPLACE PACKAGE k IS\n  FUNCTION f RETURN NUMBER;\nEND k;\n/\n"
                + "PROMPT body\nCREATE OR REPLACE\n  PACKAGE BODY k IS\n  FUNCTION f RETURN NUMBER IS\n  BEGIN\n"
                + "    RETURN 'x' + ;\n  END;\nEND k;\n/\n");
        assertThatThrownBy(flux(db.dataSource(), Map.of())::migrate)
                .hasMessageContaining("statement 2 of 2 (V1__pkg.sql:7)")
                .hasMessageContaining("PACKAGE BODY " + db.name() + ".K does not compile")
                .hasMessageContaining("at script line 11 (line 4 of the unit)")
                .hasMessageContaining("PLS-00103");
    }

    @Test
    void anErrorOnTheUnitsFirstLineHasItsScriptColumn() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__first_line.sql", "CREATE OR REPLACE PROCEDURE p(x no_such_type) IS\nBEGIN\n  NULL;\nEND;\n/\n");
        assertThatThrownBy(flux(db.dataSource(), Map.of())::migrate)
                .hasMessageContaining("PROCEDURE " + db.name() + ".P does not compile")
                .hasMessageContaining("at script line 1 (line 1 of the unit), column 33")
                .hasMessageContaining("PLS-00201");
    }

    @Test
    void aTriggerErrorPointsAtTheScriptLineCountedFromTheTriggerBody() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__trigger.sql", "CREATE TABLE t (n NUMBER);\n\nCREATE OR REPLACE TRIGGER t_check\n  BEFORE INSERT ON t\n"
                + "  FOR EACH ROW\nDECLARE\n  m NUMBER;\nBEGIN\n  m := no_such_function(:new.n);\nEND;\n/\n");
        assertThatThrownBy(flux(db.dataSource(), Map.of())::migrate)
                .hasMessageContaining("TRIGGER " + db.name() + ".T_CHECK does not compile")
                .hasMessageContaining("at script line 9 (line 4 of the trigger body), column 8")
                .hasMessageContaining("PLS-00201");
    }

    @Test
    void aForcedViewThatDoesNotCompileFails() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__view.sql", "CREATE OR REPLACE FORCE VIEW v AS SELECT n FROM no_such_table;\n");
        assertThatThrownBy(flux(db.dataSource(), Map.of())::migrate)
                .hasMessageContaining("VIEW " + db.name() + ".V does not compile")
                .hasMessageContaining("ORA-00942");
    }

    @Test
    void warningsAloneAreLoggedAndTheMigrationSucceeds() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__warned.sql", "ALTER SESSION SET PLSQL_WARNINGS = 'ENABLE:ALL';\n"
                + "CREATE OR REPLACE FUNCTION half_done(n NUMBER) RETURN NUMBER IS\nBEGIN\n"
                + "  IF n > 0 THEN\n    RETURN n;\n  END IF;\nEND;\n/\n");
        Flux flux = flux(db.dataSource(), Map.of());
        assertThat(flux.migrate().migrations()).containsExactly("V1__warned");
        assertThat(strings(db.dataSource(), "SELECT ATTRIBUTE FROM USER_ERRORS WHERE NAME = 'HALF_DONE'"))
                .as("Oracle recorded a warning").contains("WARNING").doesNotContain("ERROR");
    }

    @Test
    void recompilingAnInvalidUnitWithAlterCompileFails() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__base.sql", "CREATE TABLE t (n NUMBER);\nCREATE OR REPLACE PROCEDURE p IS\nBEGIN\n"
                + "  UPDATE t SET n = 1;\nEND;\n/\n");
        write("V2__drop.sql", "DROP TABLE t;\nALTER PROCEDURE p COMPILE;\n");
        Flux flux = flux(db.dataSource(), Map.of());
        assertThatThrownBy(flux::migrate).hasMessageContaining("V2__drop failed at statement 2 of 2")
                .hasMessageContaining("PROCEDURE " + db.name() + ".P does not compile");
    }
}
