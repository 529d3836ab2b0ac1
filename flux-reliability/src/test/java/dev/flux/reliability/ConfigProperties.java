package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxConfiguration;
import dev.flux.FluxException;
import dev.flux.spi.BackendProviders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #8, part 4, for the config loader: any layout of a valid {@code flux.toml} reads back the values it
 * was written with; a damaged one is read or refused with {@code FLUX-CONFIG}, never with another exception,
 * and the refusal never shows the password. Files are read through the public API: {@link FluxConfiguration}
 * for the values it shows, and {@link Flux#builder()} for the whole file, {@code [connection]} included, which
 * ends with {@code FLUX-BACKEND} once the file was read, since the generated backend names are not installed.
 */
class ConfigProperties {
    private static final Path FILE = projectFile();
    private static final String EDITS = "[]=\"'#\n.{},${}:\\ axé";

    @Property(tries = 500)
    void aValidConfigReadsBackItsValues(@ForAll("configs") TomlConfig config) {
        Assume.that(!INSTALLED.contains(config.backend()));
        write(config.text());
        FluxConfiguration read = FluxConfiguration.read(FILE, name -> null, name -> null);

        assertThat(read.backend()).isEqualTo(config.backend());
        assertThat(read.migrationDirectory()).isEqualTo(FILE.getParent().resolve(config.directory()).normalize());
        assertThat(readAll()).as("[connection] read too, then the backend looked up").isEqualTo(ErrorCode.BACKEND);
        assertThat(read.javaPackages()).isEqualTo(config.packages());
        assertThat(read.applyRepeatableOnUndo())
                .isEqualTo(config.applyRepeatable() == null || config.applyRepeatable());
        assertThat(read.backendOptions()).isEqualTo(config.options());
    }

    @Property(tries = 1000)
    void aDamagedConfigIsReadOrRefusedWithoutShowingThePassword(@ForAll("configs") TomlConfig config,
            @ForAll("edits") List<Edit> edits) {
        String secret = Secrets.IN_CONNECTION;
        TomlConfig withSecret = new TomlConfig(config.backend(), config.directory(), config.url(), config.user(),
                secret, config.packages(), config.applyRepeatable(), config.options(), config.layout());
        String text = withSecret.text();
        for (Edit edit : edits) {
            text = edit.apply(text, secret);
        }
        write(text);
        try (Flux flux = Flux.builder().config(FILE).build()) {
            assertThat(flux.backendName()).isIn(INSTALLED);
        } catch (FluxException e) {
            assertThat(e.code()).as(e.getMessage()).isIn(ErrorCode.CONFIG, ErrorCode.BACKEND);
            assertThat(e.getMessage()).as(text).doesNotContain(secret).contains("/project/flux.toml");
        }
    }

    private static final List<String> INSTALLED =
            List.copyOf(BackendProviders.installed(ConfigProperties.class.getClassLoader()).keySet());

    /** {@code /project/flux.toml} in a temporary folder (jqwik has no {@code @TempDir}). */
    private static Path projectFile() {
        try {
            Path folder = Files.createTempDirectory("flux-config-properties");
            folder.toFile().deleteOnExit();
            Path project = Files.createDirectories(folder.resolve("project"));
            project.toFile().deleteOnExit();
            Path file = project.resolve("flux.toml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as UTF-8; a lone surrogate, which no file can hold, becomes '?'. */
    private static void write(String text) {
        try {
            Files.write(FILE, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@link #FILE} as a {@code Flux} does, {@code [connection]} included: the code it fails with. */
    private static ErrorCode readAll() {
        try (Flux flux = Flux.builder().config(FILE).build()) {
            return null;
        } catch (FluxException e) {
            return e.code();
        }
    }

    /** Deletes, inserts or repeats a few characters somewhere outside the password. */
    record Edit(int at, int length, String insert) {
        String apply(String text, String secret) {
            int protectedStart = text.indexOf(secret);
            int from = Math.floorMod(at, text.length() + 1);
            int to = Math.min(text.length(), from + length);
            if (protectedStart >= 0 && to > protectedStart - 1 && from < protectedStart + secret.length() + 1) {
                return text;
            }
            return text.substring(0, from) + insert + text.substring(to);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(0, 3),
                Arbitraries.strings().withChars(EDITS.toCharArray()).ofMaxLength(3)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<TomlConfig> configs() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(20)
                .filter(s -> !s.contains("${") && s.codePoints().allMatch(Character::isDefined)
                        && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> directory = word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("/", parts));
        Arbitrary<String> packageName = word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000).map(v -> (Object) v),
                text.map(s -> (Object) s), Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<Map<String, Object>> options = Arbitraries.maps(word.map(w -> "o_" + w), value).ofMaxSize(3);
        return Combinators.combine(word, directory, text.injectNull(0.2), text.injectNull(0.2), text.injectNull(0.2),
                packageName.list().ofMaxSize(2), Arbitraries.of(true, false).injectNull(0.5), options)
                .as((backend, dir, url, user, password, packages, apply, opts) -> new TomlConfig(backend, dir, url,
                        user, password, new ArrayList<>(packages), apply, opts, 0))
                .flatMap(c -> Arbitraries.longs().map(layout -> new TomlConfig(c.backend(), c.directory(), c.url(),
                        c.user(), c.password(), c.packages(), c.applyRepeatable(), c.options(), layout)));
    }

    @Property(tries = 200)
    void anyTextIsReadOrRefusedWithFluxConfig(@ForAll("anyText") String text) {
        write(text);
        assertThat(readAll()).isIn(null, ErrorCode.CONFIG, ErrorCode.BACKEND);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(EDITS.toCharArray()).ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(80));
    }
}
