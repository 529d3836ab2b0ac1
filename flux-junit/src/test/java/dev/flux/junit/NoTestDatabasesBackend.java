package dev.flux.junit;

import dev.flux.h2.H2BackendProvider;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import java.util.Set;

/** Backend {@code notests}: H2 under another name, offering no test databases at all. */
public final class NoTestDatabasesBackend implements BackendProvider {
    private final H2BackendProvider h2 = new H2BackendProvider();

    @Override
    public String name() {
        return "notests";
    }

    @Override
    public Set<String> options() {
        return h2.options();
    }

    @Override
    public StatementSplitter splitter() {
        return h2.splitter();
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        return h2.open(context);
    }
}
