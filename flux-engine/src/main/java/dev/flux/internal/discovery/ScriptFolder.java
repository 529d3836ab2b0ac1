package dev.flux.internal.discovery;

import java.io.IOException;
import java.util.List;

/**
 * A folder of migration scripts, wherever it is: a directory on disk ({@link DirectoryFolder}) or a folder
 * on the class path, in directories and jars alike ({@link ClassPathFolder}). Locations are paths relative
 * to the folder with forward slashes, such as {@code V1__users.sql} or {@code post-apply/010_views.sql}.
 */
interface ScriptFolder {
    /**
     * The SQL files at any depth, sorted; names starting with {@code .} are skipped, and so are files not
     * ending in {@code .sql} in any letter case.
     *
     * @throws dev.flux.FluxException with {@code FLUX-CONFIG} if the folder does not exist or cannot be
     *                                listed
     */
    List<String> list();

    /** The bytes of the file at {@code location}, one of {@link #list()}. */
    byte[] read(String location) throws IOException;

    /** Where {@code location} is, for a message: a file path or a class path location. */
    String describe(String location);
}
