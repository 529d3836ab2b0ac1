package dev.flux.h2.internal;

import java.nio.file.Path;

/**
 * Makes relative file paths in H2 URLs absolute: {@code jdbc:h2:./db/app}, {@code jdbc:h2:db/app} and
 * {@code jdbc:h2:file:./db/app}, settings after {@code ;} included, resolve against a directory. Other
 * URLs are returned unchanged: {@code mem:}, {@code tcp:}, {@code ssl:}, {@code zip:} and other prefixes,
 * absolute paths, and {@code ~} (home directory) paths.
 */
public final class H2Url {
    private static final String PREFIX = "jdbc:h2:";
    private static final String FILE = "file:";

    private H2Url() {
    }

    public static String resolve(String url, Path directory) {
        if (url == null || directory == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return url;
        }
        String rest = url.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : rest.substring(semicolon);
        String file = location.regionMatches(true, 0, FILE, 0, FILE.length())
                ? location.substring(0, FILE.length()) : "";
        String path = location.substring(file.length());
        if (!isRelative(path)) {
            return url;
        }
        String absolute = directory.toAbsolutePath().resolve(path).normalize().toString().replace('\\', '/');
        return url.substring(0, PREFIX.length()) + file + absolute + settings;
    }

    private static boolean isRelative(String path) {
        return !path.isEmpty() && !path.startsWith("~") && !path.startsWith("/") && !path.startsWith("\\")
                && path.indexOf(':') < 0 && !Path.of(path).isAbsolute();
    }
}
