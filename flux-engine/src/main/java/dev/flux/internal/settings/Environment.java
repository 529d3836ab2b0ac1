package dev.flux.internal.settings;

import java.util.Objects;
import java.util.function.Function;

/**
 * Where settings come from besides the builder and {@code flux.toml}: system properties ({@code flux.url},
 * {@code ${sys:name}}) and environment variables ({@code FLUX_URL}, {@code ${env:NAME}}). Each lookup gives
 * null for "not set".
 */
public record Environment(Function<String, String> systemProperties, Function<String, String> variables) {
    public Environment {
        Objects.requireNonNull(systemProperties, "systemProperties");
        Objects.requireNonNull(variables, "variables");
    }

    /** The system properties and environment variables of this process. */
    public static Environment ofThisProcess() {
        return new Environment(System::getProperty, System::getenv);
    }
}
