package dev.flux.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Secrets;
import dev.flux.Step;
import dev.flux.internal.config.ConfigLoader;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.config.DidYouMean;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.MigrationSources;
import dev.flux.internal.jdbc.DriverDataSource;
import dev.flux.internal.jdbc.Redactor;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Everything a {@link dev.flux.Flux} is built from, resolved from the builder and {@code flux.toml}:
 * the backend, where migrations are, the data source, and what to hide in messages.
 */
public final class Setup {
    static final long DEFAULT_LOCK_TIMEOUT = 60;

    private final BackendProvider provider;
    private final BackendContext context;
    private final Path migrationDirectory;
    private final Charset encoding;
    private final List<String> javaPackages;
    private final ClassLoader loader;
    private final boolean applyRepeatableOnUndo;
    private final String redactedUrl;
    private final Secrets secrets;
    private final FluxListener listener;
    private final boolean repeatables;

    /**
     * What the builder was given; {@code null} means "not set". {@code serverUser}/{@code serverPassword}
     * are build-tool credentials (Maven {@code serverId}), ranked below system properties and environment variables.
     * {@code withoutConnectionSettings} ignores every connection setting but url, user and password
     * ({@code [connection]}, {@code flux.*} properties, {@code FLUX_*} variables, server credentials);
     * {@code repeatables} false leaves out the pre-apply and post-apply scripts.
     */
    public record Request(Path config, String backend, Path migrationDirectory, List<String> javaPackages,
                          Boolean applyRepeatableOnUndo, Charset encoding, Map<String, Object> backendOptions,
                          DataSource dataSource, String url, String user, String password,
                          String serverUser, String serverPassword, ClassLoader loader,
                          List<FluxListener> listeners, boolean withoutConnectionSettings, boolean repeatables) {
        /** Names what was given; passwords, also those inside the URL, are masked. */
        @Override
        public String toString() {
            return "Request[config=" + config + ", backend=" + backend + ", url=" + Redactor.redactUrl(url)
                    + ", user=" + user + ", password=" + mask(password) + ", serverUser=" + serverUser
                    + ", serverPassword=" + mask(serverPassword) + "]";
        }

        private static String mask(String secret) {
            return secret == null ? null : Redactor.MASK;
        }
    }

    private Setup(Request r, FluxConfig file) {
        String backendName = r.backend() != null ? r.backend() : file == null ? null : file.backend();
        if (backendName == null) {
            throw new FluxException(ErrorCode.CONFIG, "no backend given: call config(Path.of(\"flux.toml\")) or "
                    + "backend(\"h2\") on the builder.");
        }
        this.loader = r.loader();
        this.provider = Backends.find(backendName, loader,
                r.backend() == null && file != null ? file.backendPosition() : null);
        this.migrationDirectory = r.migrationDirectory() != null ? r.migrationDirectory()
                : file == null ? null : file.migrationDirectory();
        if (migrationDirectory == null) {
            throw new FluxException(ErrorCode.CONFIG, "no migration directory given: call config(...) or "
                    + "migrationDirectory(...) on the builder.");
        }
        this.encoding = r.encoding() != null ? r.encoding() : file != null ? file.encoding() : StandardCharsets.UTF_8;
        this.javaPackages = r.javaPackages() != null ? r.javaPackages()
                : file != null ? file.javaPackages() : List.of();
        this.applyRepeatableOnUndo = r.applyRepeatableOnUndo() != null ? r.applyRepeatableOnUndo()
                : file == null || file.applyRepeatableOnUndo();
        this.listener = new Listeners(r.listeners());
        this.repeatables = r.repeatables();

        ConnectionSettings explicit = new ConnectionSettings(r.url(), r.user(), r.password());
        ConnectionSettings connection = r.withoutConnectionSettings() ? explicit
                : ConnectionSettings.resolve(explicit, System::getProperty, System::getenv,
                        new ConnectionSettings(null, r.serverUser(), r.serverPassword()),
                        file == null ? null : file.connection());
        this.secrets = Secrets.of(connection.password(), connection.url());
        Map<String, Object> options = options(r, file);
        DataSource dataSource = r.dataSource();
        String url = connection.url();
        if (dataSource == null && url != null) {
            Path base = file != null ? file.file().toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
            url = provider.resolveUrl(url, base);
            dataSource = new DriverDataSource(url, connection.user(), connection.password(), loader);
        }
        this.redactedUrl = dataSource == null ? "(no database configured)"
                : r.dataSource() != null || url == null ? "(the given data source)" : Redactor.redactUrl(url);
        this.context = new BackendContext(dataSource, options, lockTimeout(options), "flux", secrets);
        provider.checkOptions(context);
    }

    /** Resolves a builder's request, reading {@code flux.toml} when one is given. */
    public static Setup resolve(Request request) {
        FluxConfig file = request.config() == null ? null
                : request.withoutConnectionSettings() ? ConfigLoader.loadWithoutConnection(request.config())
                : ConfigLoader.load(request.config());
        return new Setup(request, file);
    }

    private Map<String, Object> options(Request r, FluxConfig file) {
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        if (file != null) {
            options.putAll(file.backendOptions());
            where.putAll(file.backendOptionPositions());
        }
        options.putAll(r.backendOptions());
        Set<String> valid = new TreeSet<>(provider.options());
        valid.add("lock_timeout");
        List<String> problems = new ArrayList<>();
        for (String name : options.keySet()) {
            if (!valid.contains(name)) {
                String at = where.containsKey(name) ? where.get(name) + ": " : "";
                problems.add(at + "backend." + name + ": unknown key" + DidYouMean.hint(name, valid) + " Valid keys for backend "
                        + provider.name() + ": " + String.join(", ", valid) + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
        return options;
    }

    private static Duration lockTimeout(Map<String, Object> options) {
        Object value = options.getOrDefault("lock_timeout", DEFAULT_LOCK_TIMEOUT);
        if (value instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
            return Duration.ofSeconds(n.longValue());
        }
        throw new FluxException(ErrorCode.CONFIG, "backend.lock_timeout: expected whole seconds (for example 60), "
                + "found " + value + ".");
    }

    public BackendProvider provider() {
        return provider;
    }

    public FluxListener listener() {
        return listener;
    }

    public boolean applyRepeatableOnUndo() {
        return applyRepeatableOnUndo;
    }

    public boolean hasDatabase() {
        return context.dataSource() != null;
    }

    public String redactedUrl() {
        return redactedUrl;
    }

    /** Finds the migrations now; called once per command. */
    public Discovery discover() {
        Discovery found = MigrationSources.discover(migrationDirectory, encoding, loader, javaPackages);
        return repeatables ? found : new Discovery(found.migrations(), List.of(), List.of(), found.problems());
    }

    /** Opens the backend; fails with {@code CONNECT} when no database is configured. */
    public MigrationBackend openBackend() {
        if (context.dataSource() == null) {
            throw new FluxException(ErrorCode.CONNECT, "no database configured. Set url under [connection] in "
                    + "flux.toml, the system property flux.url, the environment variable FLUX_URL, or call "
                    + "url(...) or dataSource(...) on the builder.");
        }
        return provider.open(context);
    }

    /** {@code message} without any password flux knows of, and with URLs redacted. */
    public String scrub(String message) {
        return secrets.scrub(message);
    }

    /** Forwards events to every listener given to the builder. */
    private record Listeners(List<FluxListener> all) implements FluxListener {
        @Override
        public void stepStarted(Step step) {
            all.forEach(l -> l.stepStarted(step));
        }

        @Override
        public void stepFinished(Step step, Duration elapsed) {
            all.forEach(l -> l.stepFinished(step, elapsed));
        }

        @Override
        public void commandFinished(Result result) {
            all.forEach(l -> l.commandFinished(result));
        }
    }
}
