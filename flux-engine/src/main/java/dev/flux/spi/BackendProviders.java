package dev.flux.spi;

import dev.flux.internal.Backends;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The backends installed on a class loader: every {@link BackendProvider} that {@link java.util.ServiceLoader}
 * finds there ({@code META-INF/services/dev.flux.spi.BackendProvider}) or on flux's own class loader. The
 * first one of a name wins.
 */
public final class BackendProviders {
    private BackendProviders() {
    }

    /** Every installed backend by name, sorted by name; unmodifiable. */
    public static Map<String, BackendProvider> installed(ClassLoader loader) {
        return Collections.unmodifiableMap(Backends.installed(loader));
    }

    /**
     * The backend called {@code name}.
     *
     * @throws dev.flux.FluxException with code {@link dev.flux.ErrorCode#BACKEND} listing the installed
     *         backends, when none has that name
     */
    public static BackendProvider find(String name, ClassLoader loader) {
        return Backends.find(name, loader, null);
    }

    /**
     * The installed backend that serves {@code url}: the one with the longest {@link
     * BackendProvider#urlPrefixes() prefix} the URL starts with (case-insensitive); empty when none does.
     */
    public static Optional<BackendProvider> forUrl(String url, ClassLoader loader) {
        String lower = url.toLowerCase(Locale.ROOT);
        BackendProvider best = null;
        int length = -1;
        for (BackendProvider provider : Backends.installed(loader).values()) {
            for (String prefix : provider.urlPrefixes()) {
                if (lower.startsWith(prefix) && prefix.length() > length) {
                    best = provider;
                    length = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
