package dev.flux.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader for a project's Java migrations and JDBC drivers: its runtime class path (compiled
 * classes first, then dependencies) over the plugin's own loader. Parent-first, so flux's API and the
 * backends are the plugin's, whatever version of them the project has.
 */
final class ProjectClassLoader {
    private ProjectClassLoader() {
    }

    static URLClassLoader create(List<String> classpathElements, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String element : classpathElements) {
            try {
                urls.add(Path.of(element).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path element " + element + " is not a valid path", e);
            }
        }
        return new URLClassLoader("flux-project", urls.toArray(URL[]::new), parent);
    }
}
