package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A migration directory on disk. */
record DirectoryFolder(Path root) implements ScriptFolder {
    @Override
    public List<String> list() {
        if (!Files.isDirectory(root)) {
            String what = Files.exists(root) ? " is not a directory" : " does not exist";
            throw new FluxException(ErrorCode.CONFIG, "migration directory " + root + what
                    + "; create it, or fix migration_directory in flux.toml");
        }
        return SqlFiles.list(root);
    }

    @Override
    public byte[] read(String location) throws IOException {
        return Files.readAllBytes(root.resolve(location));
    }

    @Override
    public String describe(String location) {
        return root.resolve(location).toString();
    }
}
