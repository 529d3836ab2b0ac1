package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which object a statement compiles, and how error lines map to script lines. */
class CompiledUnitTest {

    @Test
    void createStatementsNameTheirObjectAndType() {
        assertThat(CompiledUnit.of("CREATE OR REPLACE PACKAGE BODY orders_api AS\nEND;"))
                .isEqualTo(new CompiledUnit(null, "ORDERS_API", List.of("PACKAGE BODY"), 0));
        assertThat(CompiledUnit.of("create editionable function app.\"Total\" return number is begin return 1; end;"))
                .isEqualTo(new CompiledUnit("APP", "Total", List.of("FUNCTION"), 0));
        assertThat(CompiledUnit.of("CREATE OR REPLACE NONEDITIONABLE PROCEDURE p IS BEGIN NULL; END;").types())
                .containsExactly("PROCEDURE");
        assertThat(CompiledUnit.of("CREATE TYPE BODY money_t AS END;").types()).containsExactly("TYPE BODY");
        assertThat(CompiledUnit.of("CREATE OR REPLACE TYPE money_t FORCE AS OBJECT (n NUMBER);").name())
                .isEqualTo("MONEY_T");
        assertThat(CompiledUnit.of("CREATE IF NOT EXISTS PROCEDURE p IS BEGIN NULL; END;").name()).isEqualTo("P");
    }

    @Test
    void viewsAndTriggersHaveNoScriptLineMapping() {
        assertThat(CompiledUnit.of("CREATE OR REPLACE FORCE EDITIONING VIEW v AS SELECT * FROM t"))
                .isEqualTo(new CompiledUnit(null, "V", List.of("VIEW"), -1));
        assertThat(CompiledUnit.of("CREATE OR REPLACE NO FORCE VIEW app.v AS SELECT 1 x FROM dual").owner())
                .isEqualTo("APP");
        assertThat(CompiledUnit.of("CREATE TRIGGER tr BEFORE INSERT ON t BEGIN NULL; END;"))
                .isEqualTo(new CompiledUnit(null, "TR", List.of("TRIGGER"), -1));
    }

    @Test
    void theUnitsFirstLineIsTheLineOfItsTypeKeyword() {
        assertThat(CompiledUnit.of("-- PROMPT compiling\nCREATE OR REPLACE\n  PACKAGE k IS\nEND;").firstLine())
                .isEqualTo(1);
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
        CompiledUnit body = new CompiledUnit(null, "K", List.of("PACKAGE BODY"), 1);
        assertThat(CompileErrors.where(body, 10, 5, 7)).isEqualTo("at script line 15 (line 5 of the unit), column 7");
        CompiledUnit trigger = new CompiledUnit(null, "TR", List.of("TRIGGER"), -1);
        assertThat(CompileErrors.where(trigger, 10, 2, 3)).isEqualTo("at line 2 of the trigger body, column 3");
        CompiledUnit view = new CompiledUnit(null, "V", List.of("VIEW"), -1);
        assertThat(CompileErrors.where(view, 10, 0, 0)).isEqualTo("(no line)");
    }
}
