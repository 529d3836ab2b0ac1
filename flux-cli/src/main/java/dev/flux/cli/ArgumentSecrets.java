package dev.flux.cli;

import dev.flux.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The secrets of one run, found before the command line is parsed so that even a usage error hides them:
 * the values of {@code --password}, of the file of {@code --password-file}, of {@code FLUX_PASSWORD}, and
 * the passwords embedded in {@code --url} and {@code FLUX_URL}.
 */
final class ArgumentSecrets {
    private ArgumentSecrets() {
    }

    static List<Secrets> of(String[] args, Function<String, String> environment) {
        List<Secrets> secrets = new ArrayList<>();
        secrets.add(Secrets.of(environment.apply("FLUX_PASSWORD"), environment.apply("FLUX_URL")));
        secrets.add(Secrets.of(value(args, "--password"), value(args, "--url")));
        String file = value(args, "--password-file");
        if (file != null) {
            secrets.add(Secrets.of(readPassword(file), null));
        }
        return secrets;
    }

    /** The content of a password file without its line end, or null when it cannot be read. */
    static String readPassword(String file) {
        try {
            return stripLineEnd(Files.readString(Path.of(file)));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }

    static String stripLineEnd(String text) {
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The value of {@code option} as {@code --option value} or {@code --option=value}; the last one wins. */
    private static String value(String[] args, String option) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                found = args[i + 1];
            } else if (args[i].startsWith(option + "=")) {
                found = args[i].substring(option.length() + 1);
            }
        }
        return found;
    }
}
