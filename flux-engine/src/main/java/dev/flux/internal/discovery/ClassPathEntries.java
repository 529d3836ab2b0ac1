package dev.flux.internal.discovery;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The files under a folder of a jar, given by the {@code jar:} URL a class loader returns for it: plain jars
 * ({@code jar:file:...!/db/flux}) and Spring Boot's nested jars ({@code jar:nested:...!/BOOT-INF/classes/!/db/flux})
 * alike, through the {@link JarURLConnection} of the URL's own handler. A folder is found only through its
 * directory entry, which standard build tools write.
 */
final class ClassPathEntries {
    private ClassPathEntries() {
    }

    /** The files under {@code root}, as paths relative to it with forward slashes, in jar order. */
    static List<String> inJar(URL root) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String entry = connection.getEntryName();
        String prefix = entry == null || entry.isEmpty() ? "" : entry.endsWith("/") ? entry : entry + "/";
        List<String> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    files.add(e.getName().substring(prefix.length()));
                }
            }
        }
        return files;
    }
}
