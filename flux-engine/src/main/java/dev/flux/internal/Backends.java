package dev.flux.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.DidYouMean;
import dev.flux.spi.BackendProvider;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The backends installed on a class loader, found with {@link ServiceLoader}. */
public final class Backends {
    private Backends() {
    }

    /** All installed backends by name. */
    public static Map<String, BackendProvider> installed(ClassLoader loader) {
        Map<String, BackendProvider> byName = new TreeMap<>();
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class, loader)) {
            byName.putIfAbsent(p.name(), p);
        }
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader())) {
            byName.putIfAbsent(p.name(), p);
        }
        return byName;
    }

    /**
     * The backend called {@code name}; an unknown name fails with {@code BACKEND}, listing the installed
     * backends. {@code where} says where the name was given ({@code flux.toml:2:11}), or is null.
     */
    public static BackendProvider find(String name, ClassLoader loader, String where) {
        Map<String, BackendProvider> installed = installed(loader);
        BackendProvider provider = installed.get(name);
        if (provider != null) {
            return provider;
        }
        String at = where == null ? "" : where + ": ";
        String list = installed.isEmpty() ? "none" : String.join(", ", installed.keySet());
        throw new FluxException(ErrorCode.BACKEND, at + "unknown backend '" + name + "'"
                + DidYouMean.hint(name, installed.keySet()) + "; installed backends: " + list + ". Add the backend's artifact (for example dev.flux:flux-backend-" + name
                + ") to the class path, or fix the name.");
    }
}
