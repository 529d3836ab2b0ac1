package dev.flux.internal.settings;

import dev.flux.internal.config.ConfigLoader;
import dev.flux.internal.config.FluxConfig;
import java.nio.file.Path;
import java.util.Map;

/** {@code flux.toml} contents for the settings tests, parsed as if written in {@code folder}. */
final class Toml {
    private Toml() {
    }

    /** {@code text} after a {@code [flux]} table naming the offline backend and the folder {@code db}. */
    static FluxConfig withOfflineBackend(Path folder, String text) {
        return parse(folder, "[flux]\nbackend = \"offline\"\nmigration_directory = \"db\"\n" + text, Map.of());
    }

    static FluxConfig parse(Path folder, String text, Map<String, String> environment) {
        return ConfigLoader.parse(text, folder.resolve("flux.toml"), environment::get, name -> null);
    }
}
