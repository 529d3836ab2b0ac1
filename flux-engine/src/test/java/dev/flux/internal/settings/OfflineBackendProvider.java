package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A backend for the engine's own tests of settings, which never need a database: it accepts the options
 * {@code schema} and {@code table}, refuses the schema {@code bad}, and resolves {@code ./} in a URL
 * against the folder of {@code flux.toml}. Opening it fails.
 */
public final class OfflineBackendProvider implements BackendProvider {
    static final String NAME = "offline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return Set.of("schema", "table");
    }

    @Override
    public StatementSplitter splitter() {
        return script -> List.of(new SqlStatement(script, 1));
    }

    @Override
    public void checkOptions(BackendContext context) {
        if ("bad".equals(context.option("schema", null))) {
            throw new FluxException(ErrorCode.CONFIG, "backend.schema: 'bad' is not a schema name.");
        }
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        throw new FluxException(ErrorCode.CONNECT, "the offline backend has no database");
    }

    @Override
    public String resolveUrl(String url, Path configDirectory) {
        return url.replace("./", configDirectory + "/");
    }
}
