package dev.flux.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendProvidersTest {
    @TempDir
    Path folder;

    @Test
    void findsAnInstalledBackendByName() {
        ClassLoader loader = InstalledForTest.loader(folder);

        assertThat(BackendProviders.find("beta", loader)).isInstanceOf(InstalledForTest.Beta.class);
        assertThat(BackendProviders.installed(loader).keySet()).as("by name; offline is the engine tests' own")
                .containsExactly("alpha", "beta", "offline");
    }

    @Test
    void anUnknownNameFailsWithBackendListingTheInstalledBackends() {
        ClassLoader loader = InstalledForTest.loader(folder);

        FluxException e = catchThrowableOfType(FluxException.class, () -> BackendProviders.find("alpah", loader));

        assertThat(e.code()).isEqualTo(ErrorCode.BACKEND);
        assertThat(e.getMessage()).contains("unknown backend 'alpah'", "did you mean 'alpha'",
                "installed backends: alpha, beta, offline", "dev.flux:flux-backend-alpah");
    }

    @Test
    void theBackendsOfFluxsOwnClassLoaderAreFoundToo() {
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> BackendProviders.find("h2", ClassLoader.getPlatformClassLoader()));

        assertThat(e.code()).isEqualTo(ErrorCode.BACKEND);
        assertThat(e.getMessage()).contains("installed backends: offline");
    }

    @Test
    void theBackendOfAUrlIsTheOneWithTheLongestMatchingPrefix() {
        ClassLoader loader = InstalledForTest.loader(folder);

        assertThat(BackendProviders.forUrl("JDBC:Alpha:mem:x", loader)).containsInstanceOf(InstalledForTest.Alpha.class);
        assertThat(BackendProviders.forUrl("jdbc:alpha:beta:x", loader)).containsInstanceOf(InstalledForTest.Beta.class);
        assertThat(BackendProviders.forUrl("jdbc:beta://host/db", loader)).containsInstanceOf(InstalledForTest.Beta.class);
        assertThat(BackendProviders.forUrl("jdbc:gamma:x", loader)).isEmpty();
    }
}
