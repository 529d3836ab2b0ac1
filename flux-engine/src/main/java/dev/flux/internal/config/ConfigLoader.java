package dev.flux.internal.config;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * Loads {@code flux.toml}: UTF-8 with an optional BOM, parsed as TOML 1.0 with tomlj.
 * Every problem is reported as {@code FILE:LINE:COLUMN: message} in one {@link FluxException} with code
 * CONFIG, where FILE is the path exactly as given to {@link #load} ({@code Path.toString()}) and lines and
 * columns are 1-based. A syntax error stops at the syntax; once the file parses, every further problem is
 * collected first. Positions point at the start of the key (or table header, or array element).
 * Messages never contain values, so no password leaks through them.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Reads and checks {@code file}, substituting placeholders from the real environment and system
     * properties.
     *
     * @throws FluxException with code CONFIG listing every problem, or when the file cannot be read
     */
    public static FluxConfig load(Path file) {
        return load(file, System::getenv, System::getProperty);
    }

    /**
     * Reads and checks {@code file}; {@code ${env:NAME}} and {@code ${sys:name}} look up in the given
     * functions (null for "not set").
     *
     * @throws FluxException with code CONFIG listing every problem, or when the file cannot be read
     */
    public static FluxConfig load(Path file, Function<String, String> environment,
                                  Function<String, String> systemProperties) {
        return load(file, environment, systemProperties, true);
    }

    /**
     * Like {@link #load(Path)}, but leaves {@code [connection]} unread: its keys are still checked, its
     * values are neither type-checked nor substituted, and the result's {@code connection()} is
     * {@link ConnectionSettings#NONE}. For callers that must never use the connection settings of
     * {@code flux.toml}, properties and environment (the JUnit extension), so that an unset {@code ${env:...}} there does not stop them.
     *
     * @throws FluxException with code CONFIG listing every problem, or when the file cannot be read
     */
    public static FluxConfig loadWithoutConnection(Path file) {
        return loadWithoutConnection(file, System::getenv, System::getProperty);
    }

    /**
     * Like {@link #loadWithoutConnection(Path)}, with {@code ${env:NAME}} and {@code ${sys:name}} looked up in
     * the given functions (null for "not set").
     *
     * @throws FluxException with code CONFIG listing every problem, or when the file cannot be read
     */
    public static FluxConfig loadWithoutConnection(Path file, Function<String, String> environment,
                                                   Function<String, String> systemProperties) {
        return load(file, environment, systemProperties, false);
    }

    private static FluxConfig load(Path file, Function<String, String> environment,
                                   Function<String, String> systemProperties, boolean readConnection) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FluxException(ErrorCode.CONFIG, file + ": not found; create it with mvn flux:init or point"
                    + " to it (configFile, Flux.builder().config(path))");
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(decode(bytes, file), file, environment, systemProperties, readConnection);
    }

    /**
     * Checks {@code text} as the content of {@code file}; {@code file} is not read, it only names the
     * file in messages and anchors {@code migration_directory}.
     *
     * @throws FluxException with code CONFIG listing every problem
     */
    public static FluxConfig parse(String text, Path file, Function<String, String> environment,
                                   Function<String, String> systemProperties) {
        return parse(text, file, environment, systemProperties, true);
    }

    private static FluxConfig parse(String text, Path file, Function<String, String> environment,
                                    Function<String, String> systemProperties, boolean readConnection) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ConfigProblems problems = new ConfigProblems(file.toString());
        TomlParseResult result = Toml.parse(source, TomlVersion.V1_0_0);
        for (TomlParseError error : result.errors()) {
            problems.add(error.position(), withoutInput(error.getMessage()));
        }
        problems.throwIfAny();
        return new ConfigReader(file, result, new Placeholders(environment, systemProperties), problems,
                readConnection).read();
    }

    /** Strict UTF-8; a bad byte is reported at its line and column. */
    private static String decode(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = out.flip().toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new FluxException(ErrorCode.CONFIG, file + ":" + line + ":" + column
                    + ": not valid UTF-8; save the file as UTF-8");
        }
        return out.flip().toString();
    }

    /**
     * tomlj repeats the offending input ({@code Unexpected 'abc', ...}, {@code Invalid escape sequence
     * '\q'}); that input may be part of a password, so it is dropped. The position still points at it.
     */
    private static String withoutInput(String message) {
        String safe = message
                .replaceFirst("(?s)^Unexpected '.*'(?=, expected|$)", "Unexpected text")
                .replaceFirst("(?s)([Ee]scape sequence) '.*'", "$1")
                .replaceFirst("(?s)^(Invalid [^:']*): .*", "$1");
        return safe.contains("expected a value") ? safe + " (strings need quotes: key = \"text\")" : safe;
    }
}
