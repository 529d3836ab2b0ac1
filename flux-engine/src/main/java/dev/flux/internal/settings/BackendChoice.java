package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.internal.Backends;
import dev.flux.internal.config.FluxConfig;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.BackendProviders;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which backend a configuration uses: the one it names, else the one whose URL prefix its database URL
 * starts with. A named backend that declares URL prefixes is refused for a URL that another installed
 * backend serves, before anything connects. URLs in messages are redacted.
 */
final class BackendChoice {
    private BackendChoice() {
    }

    /**
     * The backend named by the builder ({@code name}), else by {@code file}, else the one serving {@code url}.
     *
     * @param file {@code flux.toml}, or null
     * @param url  the effective database URL, or null
     */
    static BackendProvider choose(String name, FluxConfig file, String url, ClassLoader loader) {
        String named = name != null ? name : file == null ? null : file.backend();
        if (named == null) {
            return fromUrl(file, url, loader);
        }
        String where = name == null ? file.backendPosition() : null;
        BackendProvider provider = Backends.find(named, loader, where);
        if (url != null && !provider.urlPrefixes().isEmpty() && !provider.serves(url)) {
            Optional<BackendProvider> other = BackendProviders.forUrl(url, loader);
            if (other.isPresent()) {
                throw mismatch(provider, other.get(), url, where, name == null);
            }
        }
        return provider;
    }

    private static BackendProvider fromUrl(FluxConfig file, String url, ClassLoader loader) {
        if (url == null || url.isBlank()) {
            throw new FluxException(ErrorCode.CONFIG, file == null
                    ? "no backend given: call config(Path.of(\"flux.toml\")) or backend(\"h2\") on the builder, or"
                            + " give a database URL that names one (" + installed(loader) + ")."
                    : file.file() + ": names no backend and no database URL is given to take it from; add backend ="
                            + " \"h2\" (or another installed backend: " + installed(loader) + ") under [flux], or"
                            + " give the URL ([connection] url, FLUX_URL).");
        }
        return BackendProviders.forUrl(url, loader).orElseThrow(() -> new FluxException(ErrorCode.BACKEND,
                (file == null ? "" : file.file() + " names no backend, and ") + "no installed backend serves the"
                        + " URL " + Secrets.redactUrl(url) + "; installed backends: "
                        + installed(loader) + ". Add the jar of a flux backend for this database to the class"
                        + " path, or name the backend (backend = \"...\" under [flux] in flux.toml) and check the"
                        + " URL."));
    }

    private static FluxException mismatch(BackendProvider named, BackendProvider other, String url, String where,
                                          boolean inFile) {
        String fix = inFile ? "set backend = \"" + other.name() + "\" under [flux]" : "use backend \"" + other.name()
                + "\"";
        return new FluxException(ErrorCode.CONFIG, (where == null ? "" : where + ": ") + "backend '" + named.name()
                + "' does not serve the URL " + Secrets.redactUrl(url) + ", which belongs to the installed backend '"
                + other.name() + "' (" + prefixes(other) + "); " + named.name() + " takes URLs starting "
                + prefixes(named) + ". Fix the URL, or " + fix + ".");
    }

    /** {@code h2 (jdbc:h2:), postgres (jdbc:postgresql:)}; a backend without prefixes as its name alone. */
    private static String installed(ClassLoader loader) {
        Map<String, BackendProvider> installed = Backends.installed(loader);
        if (installed.isEmpty()) {
            return "none";
        }
        return installed.values().stream()
                .map(p -> p.urlPrefixes().isEmpty() ? p.name() : p.name() + " (" + prefixes(p) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String prefixes(BackendProvider provider) {
        return provider.urlPrefixes().stream().sorted().collect(Collectors.joining(" or "));
    }
}
