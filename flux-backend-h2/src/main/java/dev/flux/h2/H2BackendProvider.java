package dev.flux.h2;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.h2.internal.FluxTables;
import dev.flux.h2.internal.H2Backend;
import dev.flux.h2.internal.H2TestDatabases;
import dev.flux.h2.internal.H2Url;
import dev.flux.h2.internal.Identifier;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import dev.flux.spi.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code h2} backend, for H2 2.x (embedded, in-memory, server and {@code AUTO_SERVER} URLs).
 *
 * <p>Options of {@code [backend]}:
 * <ul>
 *   <li>{@code schema}: where flux keeps its tables; default: the connection's current schema (usually
 *   {@code PUBLIC}). When set, flux creates it if missing and makes it the current schema of the
 *   connection migrations run on, as Flyway does with its default schema, so unqualified names in
 *   migrations land there.</li>
 *   <li>{@code table}: the history table; default {@code flux_migrations}. The migration lock lives in
 *   the table {@code <table>_lock} of the same schema.</li>
 * </ul>
 * Both are plain identifiers (letters, digits, {@code _}) and mean what they mean written unquoted in SQL:
 * H2 folds them to upper case, so the history table is {@code FLUX_MIGRATIONS} and
 * {@code SELECT * FROM flux_migrations} finds it; with {@code DATABASE_TO_LOWER=TRUE} they fold to lower
 * case. Quoted or mixed-case names are not accepted.
 *
 * <p>H2 commits DDL implicitly, so migrations follow the running-row protocol. The lock is an uncommitted
 * update of the one row of the lock table, made by a second connection of its own: it outlives the
 * commits on the migration connection and disappears when its connection closes or its process dies.
 * A migrator that times out waiting for it is told who holds it (name, process id, H2 session, user,
 * since when).
 *
 * <p>Snapshots cover every schema but H2's own ({@code INFORMATION_SCHEMA}, and {@code PG_CATALOG} in
 * PostgreSQL mode), naming objects outside the flux schema {@code SCHEMA.NAME}; they leave out flux's two
 * tables, the indexes H2 creates for constraints, and sequences' current values. Names H2 generates
 * ({@code CONSTRAINT_4A}, {@code INDEX_5}) are system-named and compared by definition.
 *
 * <p>Test databases (flux-junit): without {@code flux.test.url}, a new in-memory database per test class;
 * with it, a new database next to the one the URL names (its name plus a unique suffix, same settings).
 * Each is dropped after its class. Copies replay the output of H2's {@code SCRIPT}.
 */
public final class H2BackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "h2";
    }

    @Override
    public Set<String> urlPrefixes() {
        return Set.of("jdbc:h2:");
    }

    @Override
    public Set<String> options() {
        return Set.of("schema", "table");
    }

    @Override
    public StatementSplitter splitter() {
        return new H2StatementSplitter();
    }

    @Override
    public void checkOptions(BackendContext context) {
        List<String> problems = new ArrayList<>();
        check(context, "schema", "PUBLIC", problems);
        check(context, "table", FluxTables.DEFAULT_TABLE, problems);
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        checkOptions(context);
        return new H2Backend(context);
    }

    @Override
    public String resolveUrl(String url, Path configDirectory) {
        return H2Url.resolve(url, configDirectory);
    }

    @Override
    public Optional<TestDatabases> testDatabases() {
        return Optional.of(new H2TestDatabases());
    }

    private static void check(BackendContext context, String option, String example, List<String> problems) {
        Object value = context.options().get(option);
        if (value == null) {
            return;
        }
        String accepted = "; use a plain identifier of letters, digits and underscores that starts with a"
                + " letter or underscore, at most " + Identifier.MAX_LENGTH + " characters (for example "
                + option + " = \"" + example + "\")";
        if (!(value instanceof String text)) {
            problems.add("backend." + option + ": expected a string, got " + value + accepted);
        } else if (text.isBlank()) {
            problems.add("backend." + option + ": must not be blank" + accepted
                    + ", or remove it to use the default");
        } else if (!Identifier.isPlain(text)) {
            problems.add("backend." + option + ": '" + text + "' is not a plain identifier" + accepted);
        }
    }
}
