package dev.flux.tck;

import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.History;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import dev.flux.spi.SchemaReader;
import dev.flux.spi.StatementSplitter;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;

/**
 * The whole conformance suite every flux backend passes: each part of the backend on its own (history,
 * lock, snapshots, splitter), then the runner end to end, including a failure at statement 3 of 5 on
 * transactional and non-transactional DDL. Extend it in the backend's test sources, name the backend and
 * give each test an empty database:
 *
 * <pre>{@code
 * class MyBackendTckTest extends BackendTck {
 *     protected String backendName() { return "mydb"; }
 *     protected TckDatabase createDatabase() { ... a fresh database or schema, dropped on close() ... }
 * }
 * }</pre>
 *
 * The parts come from the backend that {@code BackendProvider.open} returns. A backend whose parts are not
 * ready yet can extend one kit alone instead ({@link HistoryTck}, {@link LockTck}, {@link SnapshotTck},
 * {@link SplitterTck}, {@link RunnerTck}, {@link AdoptionTck}), giving it just that part.
 */
public abstract class BackendTck {
    /** The backend's name, as in {@code backend = "..."}. */
    protected abstract String backendName();

    /** A new empty database or schema for one test. */
    protected abstract TckDatabase createDatabase() throws Exception;

    /** A whole script, with its terminators, that drops view {@code name} and succeeds when it does not exist. */
    protected String dropViewIfExistsScript(String name) {
        return "DROP VIEW IF EXISTS " + name + ";\n";
    }

    /** See {@link RunnerTck#ordersUndoScript()}. */
    protected String ordersUndoScript() {
        return "DROP INDEX idx_orders_user;\nDROP TABLE orders;\n";
    }

    /** See {@link LockTck#killHolderSession}; the killed-session tests are skipped by default. */
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
        LockTck.skipKilledSessionTests();
    }

    /** The backend under test, found like a user's would be, with {@link ServiceLoader}. */
    protected BackendProvider provider() {
        return provider(backendName());
    }

    static BackendProvider provider(String name) {
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no BackendProvider named " + name + " in META-INF/services");
    }

    /** {@link HistoryTck} on the history of the backend. */
    @Nested
    class HistoryTests extends HistoryTck {
        @Override
        protected TckDatabase createDatabase() throws Exception {
            return BackendTck.this.createDatabase();
        }

        @Override
        protected History history(BackendContext context) {
            return closeAfter(provider().open(context)).history();
        }
    }

    /** {@link LockTck} on the lock of the backend. */
    @Nested
    class LockTests extends LockTck {
        @Override
        protected TckDatabase createDatabase() throws Exception {
            return BackendTck.this.createDatabase();
        }

        @Override
        protected MigrationLock lock(BackendContext context) {
            MigrationBackend backend = closeAfter(provider().open(context));
            return backend.migrationLock();
        }

        @Override
        protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
            BackendTck.this.killHolderSession(holder, database);
        }
    }

    /** {@link SnapshotTck} on the schema reader of the backend. */
    @Nested
    class SnapshotTests extends SnapshotTck {
        @Override
        protected TckDatabase createDatabase() throws Exception {
            return BackendTck.this.createDatabase();
        }

        @Override
        protected SchemaReader schemaReader(BackendContext context) {
            return closeAfter(provider().open(context)).schemaReader();
        }
    }

    /** {@link SplitterTck} on the splitter of the backend. */
    @Nested
    class SplitterTests extends SplitterTck {
        @Override
        protected StatementSplitter splitter() {
            return provider().splitter();
        }
    }

    /** {@link AdoptionTck} on the backend. */
    @Nested
    class AdoptionTests extends AdoptionTck {
        @Override
        protected String backendName() {
            return BackendTck.this.backendName();
        }

        @Override
        protected TckDatabase createDatabase() throws Exception {
            return BackendTck.this.createDatabase();
        }
    }

    /** {@link RunnerTck} on the backend. */
    @Nested
    class RunnerTests extends RunnerTck {
        @Override
        protected String backendName() {
            return BackendTck.this.backendName();
        }

        @Override
        protected TckDatabase createDatabase() throws Exception {
            return BackendTck.this.createDatabase();
        }

        @Override
        protected String dropViewIfExistsScript(String name) {
            return BackendTck.this.dropViewIfExistsScript(name);
        }

        @Override
        protected String ordersUndoScript() {
            return BackendTck.this.ordersUndoScript();
        }
    }
}
