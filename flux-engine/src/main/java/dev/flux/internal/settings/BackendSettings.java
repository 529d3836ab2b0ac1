package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.DidYouMean;
import dev.flux.internal.config.FluxConfig;
import dev.flux.spi.BackendProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The backend, its {@code [backend]} options (checked against the names it accepts) and the lock timeout,
 * with the precision it was given in.
 */
public record BackendSettings(BackendProvider provider, Map<String, Object> options, Duration lockTimeout) {
    /** The lock timeout when none is given. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** The option every backend accepts. */
    static final String LOCK_TIMEOUT = "lock_timeout";

    public BackendSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Like {@link #resolve(Given.Backend, FluxConfig, String, ClassLoader)} without a database URL. */
    public static BackendSettings resolve(Given.Backend given, FluxConfig file, ClassLoader loader) {
        return resolve(given, file, null, loader);
    }

    /**
     * The backend named by the builder, else by {@code file}, else the one whose URL prefix {@code url}
     * starts with; the options of {@code file} (only its {@code lock_timeout} when the builder names another
     * backend) overridden by the builder's; the lock timeout given as a duration, else the
     * {@code lock_timeout} option in whole seconds, else {@link #DEFAULT_LOCK_TIMEOUT}.
     *
     * @param file {@code flux.toml}, or null
     * @param url  the effective database URL, or null
     * @throws FluxException with code {@code CONFIG} when no backend is named nor follows from the URL, the
     *                       named backend does not serve the URL while another installed one does, an option
     *                       is unknown (all of them are listed) or the lock timeout is not valid; with code
     *                       {@code BACKEND} when no installed backend has the name or serves the URL
     */
    public static BackendSettings resolve(Given.Backend given, FluxConfig file, String url, ClassLoader loader) {
        BackendProvider provider = BackendChoice.choose(given.name(), file, url, loader);
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, String> positions = new LinkedHashMap<>();
        if (file != null) {
            // [backend] options are written for the file's backend; another one given by the builder keeps
            // only the lock timeout, which every backend accepts.
            boolean filesBackend = given.name() == null || given.name().equals(file.backend());
            file.backendOptions().forEach((key, value) -> {
                if (filesBackend || key.equals(LOCK_TIMEOUT)) {
                    options.put(key, value);
                    positions.put(key, file.backendOptionPositions().get(key));
                }
            });
        }
        options.putAll(given.options());
        given.options().keySet().forEach(positions::remove);
        List<String> problems = unknownOptions(provider, options, positions);
        Duration lockTimeout = given.lockTimeout();
        if (lockTimeout != null && lockTimeout.isNegative()) {
            problems.add("lockTimeout: must not be negative, found " + lockTimeout + ".");
        }
        Duration optionTimeout = options.containsKey(LOCK_TIMEOUT)
                ? wholeSeconds(options.get(LOCK_TIMEOUT), positions.get(LOCK_TIMEOUT), problems) : null;
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
        Duration timeout = lockTimeout != null ? lockTimeout
                : optionTimeout != null ? optionTimeout : DEFAULT_LOCK_TIMEOUT;
        return new BackendSettings(provider, options, timeout);
    }

    private static List<String> unknownOptions(BackendProvider provider, Map<String, Object> options,
                                               Map<String, String> positions) {
        Set<String> valid = new TreeSet<>(provider.options());
        valid.add(LOCK_TIMEOUT);
        List<String> problems = new ArrayList<>();
        for (String name : options.keySet()) {
            if (!valid.contains(name)) {
                problems.add(at(positions.get(name)) + "backend." + name + ": unknown key"
                        + DidYouMean.hint(name, valid) + " Valid keys for backend " + provider.name() + ": "
                        + String.join(", ", valid) + ".");
            }
        }
        return problems;
    }

    private static Duration wholeSeconds(Object value, String position, List<String> problems) {
        if (value instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
            return Duration.ofSeconds(n.longValue());
        }
        problems.add(at(position) + "backend.lock_timeout: expected whole seconds (for example 60), found " + value
                + ".");
        return null;
    }

    private static String at(String position) {
        return position == null ? "" : position + ": ";
    }
}
