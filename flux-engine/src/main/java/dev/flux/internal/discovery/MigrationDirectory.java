package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL side of discovery: reads a migration directory (on disk or on the class path) into versioned migrations with their
 * undo scripts, and the pre-apply and post-apply scripts. Every broken name, orphan undo, duplicate
 * version, undecodable file or bad directive becomes a {@link Problem}, ordered by file path, then line;
 * only a missing directory or an unreadable file stops the scan.
 */
public final class MigrationDirectory {
    static final String PRE_APPLY = "pre-apply";
    static final String POST_APPLY = "post-apply";
    private static final String SQL = ".sql";
    private static final String UNDO_SQL = ".undo.sql";

    private final ScriptFolder folder;
    private final Charset charset;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, MigrationName> ups = new TreeMap<>();
    private final Map<String, MigrationName> undos = new TreeMap<>();
    private final List<Script> preApply = new ArrayList<>();
    private final List<Script> postApply = new ArrayList<>();

    private MigrationDirectory(ScriptFolder folder, Charset charset) {
        this.folder = folder;
        this.charset = charset;
    }

    /**
     * Scans {@code directory}, decoding files with {@code charset}.
     *
     * @throws FluxException with {@code FLUX-CONFIG} if the directory does not exist or a file cannot be
     *                       read
     */
    public static Discovery scan(Path directory, Charset charset) {
        return scan(MigrationLocation.of(directory), charset, MigrationDirectory.class.getClassLoader());
    }

    /**
     * Scans {@code location}, decoding files with {@code charset}; a class path location is read through
     * {@code loader}.
     *
     * @throws FluxException with {@code FLUX-CONFIG} if the location does not exist or a file cannot be read
     */
    public static Discovery scan(MigrationLocation location, Charset charset, ClassLoader loader) {
        return new MigrationDirectory(location.open(loader), charset).scan();
    }

    private Discovery scan() {
        for (String location : folder.list()) {
            classify(location);
        }
        List<Migration> candidates = new ArrayList<>();
        for (MigrationName up : ups.values()) {
            Migration m = migration(up, undos.remove(up.id()) != null);
            if (m != null) {
                candidates.add(m);
            }
        }
        undos.values().forEach(this::orphan);
        List<Migration> migrations = Duplicates.removeFrom(candidates, problems);
        problems.sort(Comparator.comparing(MigrationDirectory::fileOf));
        return new Discovery(migrations, preApply, postApply, problems);
    }

    private void classify(String location) {
        String[] parts = location.split("/");
        String fileName = parts[parts.length - 1];
        if (!fileName.endsWith(SQL)) {
            int dot = fileName.length() - SQL.length();
            name(location, "has the extension '" + fileName.substring(dot)
                    + "'; flux reads files ending in lower-case .sql.",
                    "Rename it to " + fileName.substring(0, dot) + SQL + ".");
        } else if (parts.length == 1) {
            versioned(location);
        } else if (parts.length == 2 && isRepeatableFolder(parts[0])) {
            repeatable(location, parts[0], fileName);
        } else if (isRepeatableFolder(parts[0])) {
            name(location, "is in a sub-folder of " + parts[0] + "/, which flux does not scan.",
                    "Move it up into " + parts[0] + "/.");
        } else {
            name(location, "is in the sub-folder " + parts[0] + "/; sub-folders other than pre-apply/ and "
                    + "post-apply/ are not scanned.",
                    "Move it to the top level" + folderHint(parts[0]) + ".");
        }
    }

    private void versioned(String fileName) {
        boolean undo = fileName.endsWith(UNDO_SQL);
        String extension = undo ? UNDO_SQL : SQL;
        String id = fileName.substring(0, fileName.length() - extension.length());
        try {
            (undo ? undos : ups).put(id, MigrationName.parse(id));
        } catch (MigrationName.Invalid e) {
            String fix = e.suggestion() != null
                    ? "Rename it to " + e.suggestion() + extension + "."
                    : "Name it V<version>__<description>" + extension + ", for example V1__create_users"
                            + extension + ".";
            name(fileName, e.reason() + "; expected V<version>__<description>" + extension + ".", fix);
        }
    }

    private void repeatable(String location, String folder, String fileName) {
        if (fileName.endsWith(UNDO_SQL)) {
            problems.add(new Problem(ErrorCode.REPEATABLE_UNDO, location,
                    "is an undo file, but " + folder + "/ scripts run around every batch and have no undo.",
                    "Delete it, or move it to the top level next to its up file."));
            return;
        }
        String text = read(location);
        if (text != null) {
            Directives directives = Directives.parse(location, text, true);
            problems.addAll(directives.problems());
            (folder.equals(PRE_APPLY) ? preApply : postApply)
                    .add(new Script(location, text, directives.noTransaction(), directives.since()));
        }
    }

    private Migration migration(MigrationName name, boolean hasUndo) {
        Script up = script(name.id() + SQL);
        Script undo = hasUndo ? script(name.id() + UNDO_SQL) : null;
        if (up == null) {
            return null;
        }
        return new Migration(name.version(), name.id(), name.displayDescription(), up, undo,
                Checksum.of(up.text()));
    }

    private Script script(String location) {
        String text = read(location);
        if (text == null) {
            return null;
        }
        Directives directives = Directives.parse(location, text, false);
        problems.addAll(directives.problems());
        return new Script(location, text, directives.noTransaction());
    }

    /** The normalised text of a file, or null after reporting that it is not valid in the charset. */
    private String read(String location) {
        byte[] bytes;
        try {
            bytes = folder.read(location);
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "cannot read " + folder.describe(location) + " ("
                    + Failures.describe(e)
                    + "); check that the file exists and is readable", e);
        }
        try {
            return ScriptText.decode(bytes, charset);
        } catch (ScriptText.InvalidEncodingException e) {
            problems.add(new Problem(ErrorCode.SYNTAX, location + ":" + e.line(), e.getMessage() + ".",
                    "Fix the file, or set encoding in flux.toml to the charset it is written in."));
            return null;
        }
    }

    private void orphan(MigrationName undo) {
        String id = undo.id();
        String sameVersion = ups.values().stream()
                .filter(up -> up.version().equals(undo.version()))
                .map(MigrationName::id)
                .findFirst().orElse(null);
        String fix = sameVersion != null
                ? "If it undoes " + sameVersion + SQL + ", rename it to " + sameVersion + UNDO_SQL
                        + "; otherwise add " + id + SQL + " or delete the undo file."
                : "Add " + id + SQL + ", or delete or rename the undo file.";
        problems.add(new Problem(ErrorCode.ORPHAN_UNDO, id + UNDO_SQL,
                "is an undo file without its up file " + id + SQL + ".", fix));
    }

    /** The file a problem is about, without its {@code :line}; problems are ordered by it, then line. */
    private static String fileOf(Problem problem) {
        return problem.where().replaceFirst(":\\d+$", "");
    }

    private void name(String location, String message, String fix) {
        problems.add(new Problem(ErrorCode.NAME, location, message, fix));
    }

    private static boolean isRepeatableFolder(String folder) {
        return folder.equals(PRE_APPLY) || folder.equals(POST_APPLY);
    }

    /** A hint when a folder's name looks like a misspelt pre-apply or post-apply. */
    private static String folderHint(String folder) {
        String letters = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.equals("preapply") || letters.equals("postapply")) {
            String meant = letters.startsWith("pre") ? PRE_APPLY : POST_APPLY;
            return ", or rename the folder to " + meant + "/ if it holds repeatable scripts";
        }
        return "";
    }
}
