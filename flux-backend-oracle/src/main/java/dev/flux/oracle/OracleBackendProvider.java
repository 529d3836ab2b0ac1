package dev.flux.oracle;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.oracle.internal.Identifier;
import dev.flux.oracle.internal.OracleBackend;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code oracle} backend, for Oracle Database 19c and later through ojdbc11.
 *
 * <p>Options of {@code [backend]}:
 * <ul>
 *   <li>{@code schema}: where flux keeps its tables; default: the connection's current schema. When it
 *   differs, flux sets {@code CURRENT_SCHEMA} of the migration session to it (and restores it on close), so
 *   unqualified names in migrations land there. Oracle schemas are users; flux never creates one.</li>
 *   <li>{@code table}: the history table; default {@code FLUX_MIGRATIONS}.</li>
 * </ul>
 * Both take a plain name, which Oracle folds to upper case, or a double-quoted name kept exactly
 * ({@code table = '"Flux History"'}).
 *
 * <p>Oracle commits DDL implicitly, so migrations follow the running-row protocol. The lock is a
 * {@code DBMS_LOCK} user lock when the user may execute {@code DBMS_LOCK}, plus a row lock on
 * {@code <table>_LOCK}, which every migrator creates where it may and which alone locks for users without
 * {@code DBMS_LOCK}; both are held by a session of their own. Statements that create PL/SQL or views
 * fail when the object does not compile, naming each error from {@code ALL_ERRORS}. Scripts are split by
 * {@link OracleStatementSplitter}.
 */
public final class OracleBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public Set<String> urlPrefixes() {
        return Set.of("jdbc:oracle:");
    }

    @Override
    public Set<String> options() {
        return Set.of("schema", "table");
    }

    @Override
    public StatementSplitter splitter() {
        return new OracleStatementSplitter();
    }

    @Override
    public void checkOptions(BackendContext context) {
        List<String> problems = new ArrayList<>();
        check(context, "schema", Identifier.MAX_BYTES, "\"APP\" or schema = '\"App\"'", problems);
        check(context, "table", Identifier.MAX_TABLE_BYTES, "\"FLUX_MIGRATIONS\" or table = '\"Flux History\"'",
                problems);
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        checkOptions(context);
        return new OracleBackend(context);
    }

    private static void check(BackendContext context, String option, int maxBytes, String examples,
            List<String> problems) {
        Object value = context.options().get(option);
        if (value == null) {
            return;
        }
        String accepted = "; use a plain name (a letter, then letters, digits, _, $ or #), which Oracle folds to"
                + " upper case, or a double-quoted name kept exactly (for example " + option + " = " + examples + ")";
        if (!(value instanceof String text)) {
            problems.add("backend." + option + ": expected a string, got " + value + accepted);
        } else if (text.isBlank()) {
            problems.add("backend." + option + ": must not be blank" + accepted + ", or remove it to use the default");
        } else if (!Identifier.isWellFormed(text)) {
            problems.add("backend." + option + ": '" + text + "' is not a valid name" + accepted);
        } else if (Identifier.bytes(text) > maxBytes) {
            problems.add("backend." + option + ": '" + text + "' is " + Identifier.bytes(text) + " bytes long, over the "
                    + maxBytes + " bytes allowed" + (maxBytes < Identifier.MAX_BYTES ? " (Oracle's 128 less the _LOCK"
                    + " flux appends for the lock table)" : " by Oracle") + ". Oracle counts bytes, not characters:"
                    + " in UTF-8 a character such as é takes 2 bytes and 日 takes 3. Choose a shorter name (below"
                    + " COMPATIBLE 12.2 Oracle allows only 30 bytes).");
        }
    }
}
