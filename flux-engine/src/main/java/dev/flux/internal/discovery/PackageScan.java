package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists the top-level classes of a package and its sub-packages as a class loader sees them, in
 * directories ({@code file:} URLs) and jars ({@code jar:} URLs, Spring Boot's nested jars too). Classes are named, not loaded. A jar is
 * found through its directory entries, which standard build tools write.
 */
final class PackageScan {
    private static final String CLASS = ".class";

    private PackageScan() {
    }

    /** The binary names of the top-level classes; locations that cannot be read become problems. */
    static SortedSet<String> classNames(ClassLoader loader, String packageName, List<Problem> problems) {
        String path = packageName.replace('.', '/');
        SortedSet<String> names = new TreeSet<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(path);
        } catch (IOException e) {
            problems.add(cannotList(packageName, "the class path", Failures.describe(e)));
            return names;
        }
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            try {
                switch (root.getProtocol()) {
                    case "file" -> fromDirectory(Path.of(root.toURI()), path, names);
                    case "jar" -> fromJar(root, path, names);
                    default -> problems.add(cannotList(packageName, root.toString(),
                            "flux scans directories and jar files only"));
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                String reason = e instanceof IOException io ? Failures.describe(io) : e.getMessage();
                problems.add(cannotList(packageName, root.toString(), reason));
            }
        }
        return names;
    }

    private static void fromDirectory(Path dir, String path, SortedSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String separator = file.getFileSystem().getSeparator();
                String relative = dir.relativize(file).toString().replace(separator, "/");
                add(path + "/" + relative, names);
            });
        }
    }

    private static void fromJar(URL root, String path, SortedSet<String> names) throws IOException {
        for (String relative : ClassPathEntries.inJar(root)) {
            add(path + "/" + relative, names);
        }
    }

    /** Adds the class named by a resource path such as {@code com/acme/V1__x.class}, unless nested. */
    private static void add(String resource, SortedSet<String> names) {
        if (!resource.endsWith(CLASS)) {
            return;
        }
        String name = resource.substring(0, resource.length() - CLASS.length()).replace('/', '.');
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (!simple.contains("$") && !simple.equals("package-info") && !simple.equals("module-info")) {
            names.add(name);
        }
    }

    private static Problem cannotList(String packageName, String where, String reason) {
        return new Problem(ErrorCode.JAVA, packageName,
                "cannot list the classes of package " + packageName + " in " + where + ": " + reason + ".",
                "Put the Java migrations in a directory or jar on the class path.");
    }
}
