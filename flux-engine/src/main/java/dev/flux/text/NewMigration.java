package dev.flux.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the files of a new migration ({@code flux:new} in Maven, {@code flux new} on the command line):
 * versioned SQL migrations {@code V<yyyyMMdd>_<nnn>__<name>} (the next free index of the day, across SQL
 * files and Java classes), Java migration classes, and numbered repeatable scripts ({@code 010_},
 * {@code 020_}, ...). Never overwrites a file. A name without letters or digits, or a file that exists, is
 * an {@link IllegalArgumentException} whose message says so.
 */
public final class NewMigration {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final Pattern REPEATABLE_NUMBER = Pattern.compile("(\\d+)_.*\\.sql");

    private final Path migrationDirectory;
    private final Path sourceDirectory;
    private final List<String> javaPackages;
    private final String day;

    /** Java migrations are looked for, and created, in {@code javaPackages} under {@code sourceDirectory}. */
    public NewMigration(Path migrationDirectory, Path sourceDirectory, List<String> javaPackages, LocalDate today) {
        this.migrationDirectory = migrationDirectory;
        this.sourceDirectory = sourceDirectory;
        this.javaPackages = List.copyOf(javaPackages);
        this.day = DAY.format(today);
    }

    /** Creates {@code V<day>_<nnn>__<name>.sql} and its undo file; returns both. */
    public List<Path> sql(String name) throws IOException {
        String id = "V" + day + "_" + nextIndex() + "__" + words(name, "_");
        Path up = create(migrationDirectory.resolve(id + ".sql"), "-- Migration: " + oneLine(name) + "\n"
                + "-- Write its statements here, each ending with ';'.\n");
        Path undo = create(migrationDirectory.resolve(id + ".undo.sql"), "-- Undo of " + id + ": the statements"
                + " that reverse it, last change first.\n-- Delete this file if the migration cannot be undone.\n");
        return List.of(up, undo);
    }

    /** Creates the Java migration class {@code V<day>_<nnn>__<Name>} in {@code javaPackage}. */
    public Path java(String name, String javaPackage) throws IOException {
        String className = "V" + day + "_" + nextIndex() + "__" + capitalized(words(name, " "));
        Path file = sourceDirectory.resolve(javaPackage.replace('.', '/')).resolve(className + ".java");
        return create(file, """
                package %s;

                import dev.flux.JavaMigration;

                /** Migration: %s */
                public final class %s implements JavaMigration {
                    @Override
                    public String apply() {
                        return "-- the SQL of this migration\\n";
                    }

                    @Override
                    public String undo() {
                        return null; // no undo yet: return the SQL that reverses apply() to allow rollbacks
                    }
                }
                """.formatted(javaPackage, oneLine(name).replace("*/", "* /"), className));
    }

    /** Creates {@code <folder>/<nnn>_<name>.sql}, numbered 10 after the highest number in the folder. */
    public Path repeatable(String folder, String name) throws IOException {
        Path directory = migrationDirectory.resolve(folder);
        int highest = 0;
        for (String file : fileNames(directory, 1)) {
            Matcher m = REPEATABLE_NUMBER.matcher(file);
            if (m.matches() && m.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        String when = folder.startsWith("pre") ? "before every batch of migrations (drop views here)"
                : "after every batch of migrations, even a failed one (create views here)";
        return create(directory.resolve(String.format(Locale.ROOT, "%03d_%s.sql", highest / 10 * 10 + 10,
                words(name, "_"))), "-- Runs " + when + ": " + oneLine(name) + "\n");
    }

    /**
     * The next free index of the day, three digits, counting the SQL files and the Java classes (in the
     * Java packages and their sub-packages), so the new version is never a duplicate.
     */
    private String nextIndex() throws IOException {
        Pattern today = Pattern.compile("V" + day + "_(\\d{1,6})__.*\\.(sql|java)");
        List<String> names = new ArrayList<>(fileNames(migrationDirectory, 1));
        for (String javaPackage : javaPackages) {
            names.addAll(fileNames(sourceDirectory.resolve(javaPackage.replace('.', '/')), Integer.MAX_VALUE));
        }
        int highest = 0;
        for (String name : names) {
            Matcher m = today.matcher(name);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format(Locale.ROOT, "%03d", highest + 1);
    }

    private static List<String> fileNames(Path folder, int depth) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The letters and digits of {@code name}, each run joined by {@code separator}: "add users" → add_users. */
    static String words(String name, String separator) {
        String joined = String.join(separator, name.strip().split("[^\\p{L}\\p{N}]+")).strip();
        String trimmed = joined.startsWith(separator) ? joined.substring(separator.length()) : joined;
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the name '" + name + "' has no letters or digits; write for"
                    + " example \"add users\"");
        }
        return trimmed;
    }

    /** "backfill emails" → BackfillEmails. */
    static String capitalized(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Path create(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; a new migration never overwrites a file");
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }
}
