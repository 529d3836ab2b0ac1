package dev.flux.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Backends that only have a name, installed on a class loader of their own through
 * {@code META-INF/services}, as a third party's would be, so that no other engine test sees them.
 */
public final class InstalledForTest {
    private InstalledForTest() {
    }

    /** A class loader on which {@link Alpha} and {@link Beta} are installed; {@code folder} holds its services file. */
    public static ClassLoader loader(Path folder) {
        try {
            Path services = Files.createDirectories(folder.resolve("META-INF/services"));
            Files.writeString(services.resolve(BackendProvider.class.getName()),
                    Beta.class.getName() + "\n" + Alpha.class.getName() + "\n");
            return new URLClassLoader(new URL[] {folder.toUri().toURL()}, InstalledForTest.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Named, and nothing else: its splitter and its backend are never asked for. */
    abstract static class NameOnly implements BackendProvider {
        @Override
        public Set<String> options() {
            return Set.of();
        }

        @Override
        public StatementSplitter splitter() {
            throw new UnsupportedOperationException("only the name of this backend is used");
        }

        @Override
        public MigrationBackend open(BackendContext context) {
            throw new UnsupportedOperationException("only the name of this backend is used");
        }
    }

    public static final class Alpha extends NameOnly {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public Set<String> urlPrefixes() {
            return Set.of("jdbc:alpha:");
        }
    }

    public static final class Beta extends NameOnly {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public Set<String> urlPrefixes() {
            return Set.of("jdbc:alpha:beta:", "jdbc:beta:");
        }
    }
}
