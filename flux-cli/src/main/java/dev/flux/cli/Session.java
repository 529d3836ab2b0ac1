package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.FluxListener;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One command's {@link Flux} and the class loader of {@code --classpath} it loads Java migrations, JDBC
 * drivers and backends from (over the distribution's {@code lib/} and {@code drivers/}), set as the context
 * class loader while it lives. Closing it closes both.
 */
final class Session implements AutoCloseable {
    private final URLClassLoader loader;
    private final ClassLoader previous;
    private final Flux flux;

    private Session(URLClassLoader loader, Flux flux) {
        this.loader = loader;
        this.previous = Thread.currentThread().getContextClassLoader();
        this.flux = flux;
        Thread.currentThread().setContextClassLoader(loader);
    }

    /** A session on what the command line and the environment give; never connects. */
    static Session open(FluxCommand options, FluxListener listener) {
        URLClassLoader loader = ClassPath.loader(options.classpath, System.getenv("FLUX_CLASSPATH"),
                Session.class.getClassLoader());
        try {
            Flux.Builder builder = Flux.builder()
                    .url(options.url)
                    .user(options.user)
                    .password(password(options))
                    .classLoader(loader)
                    .listener(listener);
            Path config = options.configFile();
            if (config != null) {
                builder.config(config);
            } else if (options.migrations == null) {
                throw new FluxException(ErrorCode.CONFIG, "no flux.toml in " + Path.of("").toAbsolutePath()
                        + ". Run flux init to create one, give its path with -c FILE, or give --migrations DIR"
                        + " and the database URL (--url or FLUX_URL) to work without one.");
            }
            if (options.migrations != null) {
                builder.migrationDirectory(options.migrations.toAbsolutePath());
            }
            if (options.backend != null) {
                builder.backend(options.backend);
            }
            return new Session(loader, builder.build());
        } catch (RuntimeException e) {
            closeQuietly(loader);
            throw e;
        }
    }

    Flux flux() {
        return flux;
    }

    /** {@code --password}, else the content of {@code --password-file}; null when neither is given. */
    private static String password(FluxCommand options) {
        if (options.password != null && options.passwordFile != null) {
            throw new FluxException(ErrorCode.CONFIG, "--password and --password-file are both given; keep one"
                    + " (--password-file, since a password on the command line shows in the process list).");
        }
        if (options.passwordFile == null) {
            return options.password;
        }
        try {
            return ArgumentSecrets.stripLineEnd(Files.readString(options.passwordFile));
        } catch (NoSuchFileException e) {
            throw new FluxException(ErrorCode.CONFIG, "--password-file: " + options.passwordFile.toAbsolutePath()
                    + " does not exist; give a readable file holding the password.");
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "--password-file: cannot read " + options.passwordFile
                    + " (" + e.getMessage() + "); give a readable file holding the password.");
        }
    }

    @Override
    public void close() {
        try {
            flux.close();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            closeQuietly(loader);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // the jars are only read; nothing is lost when one cannot be closed
        }
    }
}
