package dev.flux.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Version;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSettingsTest {
    @TempDir
    Path folder;

    @Test
    void repeatablesRunOnUndoAsTheBuilderSaysElseAsTheFileSaysElseYes() {
        var file = Toml.withOfflineBackend(folder, "apply_repeatable_on_undo = false\n");

        assertThat(RunSettings.resolve(new Given.Run(true, true, false, List.of()), file).applyRepeatableOnUndo())
                .isTrue();
        assertThat(RunSettings.resolve(Given.Run.defaults(), file).applyRepeatableOnUndo()).isFalse();
        assertThat(RunSettings.resolve(Given.Run.defaults(), null).applyRepeatableOnUndo()).isTrue();
    }

    @Test
    void nonEmptyDatabasesAreAllowedAsTheBuilderSaysElseAsTheFileSaysElseNot() {
        var file = Toml.withOfflineBackend(folder, "allow_non_empty = true\n");

        assertThat(RunSettings.resolve(new Given.Run(null, true, false, List.of(), false, null), file)
                .allowNonEmpty()).isFalse();
        assertThat(RunSettings.resolve(Given.Run.defaults(), file).allowNonEmpty()).isTrue();
        assertThat(RunSettings.resolve(Given.Run.defaults(), null).allowNonEmpty()).isFalse();
        assertThat(RunSettings.resolve(new Given.Run(null, true, false, List.of(), null, "V3"), null)
                .baselineOnMigrate()).isEqualTo("V3");
    }

    @Test
    void repeatablesAndDiscoverOnceAreKeptAsGiven() {
        RunSettings settings = RunSettings.resolve(new Given.Run(null, false, true, List.of()), null);

        assertThat(settings.repeatables()).isFalse();
        assertThat(settings.discoverOnce()).isTrue();
        assertThat(RunSettings.resolve(Given.Run.defaults(), null).repeatables()).isTrue();
    }

    @Test
    void everyListenerHearsEveryEventInTheOrderTheyWereGiven() {
        List<String> heard = new ArrayList<>();
        FluxListener first = new FluxListener() {
            @Override
            public void commandFinished(Result result) {
                heard.add("first " + result.version());
            }
        };
        FluxListener second = new FluxListener() {
            @Override
            public void commandFinished(Result result) {
                heard.add("second " + result.version());
            }
        };

        RunSettings.resolve(new Given.Run(null, true, false, List.of(first, second)), null).listener()
                .commandFinished(new Result(List.of("V1__a"), Duration.ofMillis(3), Version.parse("1")));

        assertThat(heard).containsExactly("first 1", "second 1");
    }
}
