package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A folder on the class path, such as {@code db/flux}, as a class loader sees it: in every directory and
 * jar that holds it (Spring Boot's nested jars too), merged. Where two roots hold the same file, the first
 * in the loader's order wins, as it does for {@link ClassLoader#getResource(String)}.
 */
record ClassPathFolder(String path, ClassLoader loader) implements ScriptFolder {
    @Override
    public List<String> list() {
        SortedSet<String> found = new TreeSet<>();
        int roots = 0;
        for (URL root : roots()) {
            roots++;
            try {
                if (root.getProtocol().equals("file")) {
                    found.addAll(SqlFiles.list(Path.of(root.toURI())));
                } else if (root.getProtocol().equals("jar")) {
                    ClassPathEntries.inJar(root).stream().filter(SqlFiles::accepts).forEach(found::add);
                } else {
                    throw cannotList(root.toString(), "flux reads directories and jar files only");
                }
            } catch (IOException e) {
                throw cannotList(root.toString(), Failures.describe(e));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw cannotList(root.toString(), e.getMessage());
            }
        }
        if (roots == 0) {
            throw new FluxException(ErrorCode.CONFIG, "migration directory " + this + " is not on the class path; "
                    + "put the migrations in src/main/resources/" + path + ", or fix the migration directory");
        }
        return new ArrayList<>(found);
    }

    private List<URL> roots() {
        try {
            List<URL> roots = new ArrayList<>();
            for (Enumeration<URL> e = loader.getResources(path); e.hasMoreElements(); ) {
                roots.add(e.nextElement());
            }
            return roots;
        } catch (IOException e) {
            throw cannotList("the class path", Failures.describe(e));
        }
    }

    @Override
    public byte[] read(String location) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path + "/" + location)) {
            if (in == null) {
                throw new NoSuchFileException(describe(location));
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String describe(String location) {
        return MigrationLocation.PREFIX + path + "/" + location;
    }

    @Override
    public String toString() {
        return MigrationLocation.PREFIX + path;
    }

    private FluxException cannotList(String where, String reason) {
        return new FluxException(ErrorCode.CONFIG, "cannot list migration directory " + this + " in " + where
                + " (" + reason + "); put the migrations in a directory or jar on the class path");
    }
}
