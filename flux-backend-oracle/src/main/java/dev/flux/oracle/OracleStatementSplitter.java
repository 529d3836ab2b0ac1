package dev.flux.oracle;

import dev.flux.oracle.internal.ScriptReader;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.List;

/**
 * Splits Oracle scripts as SQL*Plus reads them, and returns exactly what the database receives.
 *
 * <ul>
 *   <li>Plain SQL ends at {@code ;}, which is not sent (so {@code WITH ... SELECT ...;} works), or at a line
 *   holding only {@code /}.</li>
 *   <li>PL/SQL units end at a line holding only {@code /} and keep their {@code END;}:
 *   {@code CREATE [OR REPLACE] [EDITIONABLE | NONEDITIONABLE] FUNCTION | PROCEDURE | PACKAGE [BODY] |
 *   TYPE [BODY] | TRIGGER} (compound triggers too), {@code DECLARE} and {@code BEGIN} blocks, and SQL with
 *   {@code WITH FUNCTION | PROCEDURE} (sent without its final {@code ;}). A unit without its {@code /}
 *   line is an error naming the unit's first line, at the end of the script or where a {@code CREATE},
 *   {@code ALTER}, {@code DROP}, {@code GRANT}, {@code REVOKE} or {@code SHOW ERRORS} follows its
 *   {@code ;}. A {@code /} line with no statement before it is ignored.</li>
 *   <li>{@code CREATE ... JAVA SOURCE | RESOURCE | CLASS ... AS} and {@code CREATE ... MLE MODULE ... AS}
 *   (Oracle 23ai) end at the first line holding only {@code /}: the Java or JavaScript after {@code AS} is
 *   not read as SQL, so its quotes, comments and {@code ;} mean nothing to the splitter, and a missing
 *   {@code /} line is an error only at the end of the script. With {@code USING BFILE | CLOB | BLOB}
 *   instead of {@code AS} they are plain SQL.</li>
 *   <li>{@code ;} and {@code /} do not end anything inside {@code '...'} (with {@code ''}),
 *   {@code q'[...]'} and {@code nq'...'} in every delimiter form, {@code "names"}, {@code --} and
 *   {@code /* *}{@code /} comments; {@code /} elsewhere is division.</li>
 *   <li>SQL*Plus lines, recognised where a statement would start, never reach the database: {@code SET}
 *   (but not {@code SET TRANSACTION | ROLE | CONSTRAINTS}), {@code REM[ARK]}, {@code SHO[W]},
 *   {@code SPO[OL]} and {@code WHENEVER} are skipped (logged at debug level); {@code PRO[MPT]} text is
 *   carried as a {@code -- PROMPT} comment in front of the next statement and logged when that statement
 *   runs; {@code EXEC[UTE] call} becomes {@code BEGIN call; END;}; {@code @}, {@code @@}, {@code START},
 *   {@code DEF[INE]}, {@code UNDEF[INE]}, {@code ACC[EPT]}, {@code VAR[IABLE]}, {@code PRINT},
 *   {@code HO[ST]}, {@code CONN[ECT]}, {@code DISC[ONNECT]}, {@code EXIT}, {@code QUIT}, {@code PAU[SE]},
 *   {@code COL[UMN]}, {@code DESC[RIBE]} and {@code &name} substitution are errors naming the line.</li>
 * </ul>
 * A statement's line is the line of its first token; comments before it are dropped, comments inside it
 * kept. LF, CRLF and a lone CR each end a line.
 */
public final class OracleStatementSplitter implements StatementSplitter {
    @Override
    public List<SqlStatement> split(String script) {
        return new ScriptReader(script).statements();
    }
}
