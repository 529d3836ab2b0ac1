package dev.flux.spi;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientConfigUtils;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * For backends whose {@link TestDatabases#localServer()} starts a Testcontainers container, and for their
 * container tests: whether Docker can run a container of an image here, found before Testcontainers is
 * asked to, so that a registry that cannot be reached costs seconds, not the many minutes of Testcontainers'
 * pull retries. An image is available when Docker has it, or when a pull of it starts within
 * {@link #PULL_START}. Testcontainers' own images count too: its reaper unless
 * {@code TESTCONTAINERS_RYUK_DISABLED=true}, and inside a container the small image it runs to find the
 * host unless {@code TESTCONTAINERS_HOST_OVERRIDE} is set. Each image is probed once per run. Call it only
 * when Testcontainers (1.21) is on the class path: flux itself does not bring it.
 */
public final class ContainerImages {
    /** How long a pull may take to start before the image counts as not available. */
    public static final Duration PULL_START = Duration.ofSeconds(30);
    /** The images Testcontainers 1.21 runs for itself: its reaper, and the one that finds the Docker host. */
    private static final String REAPER = "testcontainers/ryuk:0.12.0";
    private static final String HOST_FINDER = "alpine:3.17";
    private static final Map<String, Optional<String>> PROBED = new ConcurrentHashMap<>();

    private ContainerImages() {
    }

    /**
     * Empty when Docker answers and has, or starts to pull, {@code image} and the images Testcontainers
     * needs besides; else why not, naming the Docker engine or image and what was tried, such as
     * {@code "Docker answers but has no image postgres:16-alpine, and a pull of it failed: ..."}.
     */
    public static Optional<String> unavailable(String image) {
        return PROBED.computeIfAbsent(image, ContainerImages::probe);
    }

    private static Optional<String> probe(String image) {
        DockerClient client;
        try {
            client = DockerClientProviderStrategy.getClientForConfig(DockerClientFactory.instance().getTransportConfig());
        } catch (RuntimeException e) {
            return Optional.of("no Docker engine answers (" + e.getMessage() + ")");
        }
        try (client) {
            for (String name : imagesFor(image)) {
                Optional<String> missing = missing(client, name);
                if (missing.isPresent()) {
                    return missing;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Docker answers, but asking it for " + image + " failed: " + e.getMessage());
        }
    }

    private static List<String> imagesFor(String image) {
        TestcontainersConfiguration config = TestcontainersConfiguration.getInstance();
        List<String> images = new ArrayList<>(List.of(image));
        if (!"true".equalsIgnoreCase(config.getEnvVarOrProperty("ryuk.disabled", "false"))) {
            images.add(REAPER);
        }
        if (DockerClientConfigUtils.IN_A_CONTAINER && config.getEnvVarOrProperty("host.override", null) == null) {
            images.add(HOST_FINDER);
        }
        return images;
    }

    private static Optional<String> missing(DockerClient client, String image) {
        DockerImageName name = ImageNameSubstitutor.instance().apply(DockerImageName.parse(image));
        String canonical = name.asCanonicalNameString();
        try {
            client.inspectImageCmd(canonical).exec();
            return Optional.empty();
        } catch (NotFoundException notHere) {
            return pullStarts(client, name).map(why -> "Docker answers but has no image " + canonical
                    + ", and " + why + helperNote(name));
        }
    }

    /** Empty when a pull of {@code name} reports progress within {@link #PULL_START}; else why not. */
    private static Optional<String> pullStarts(DockerClient client, DockerImageName name) {
        CountDownLatch answered = new CountDownLatch(1);
        AtomicReference<String> error = new AtomicReference<>();
        ResultCallback.Adapter<PullResponseItem> pull = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.isErrorIndicated()) {
                    error.compareAndSet(null, item.getError());
                }
                answered.countDown();
            }

            @Override
            public void onError(Throwable e) {
                error.compareAndSet(null, String.valueOf(e.getMessage()));
                answered.countDown();
            }

            @Override
            public void onComplete() {
                answered.countDown();
            }
        };
        try (pull) {
            client.pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).exec(pull);
            if (!answered.await(PULL_START.toSeconds(), TimeUnit.SECONDS)) {
                return Optional.of("a pull of it did not start within " + PULL_START.toSeconds() + " s");
            }
            return Optional.ofNullable(error.get()).map(e -> "a pull of it failed: " + e.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the pull of it was interrupted");
        } catch (IOException | RuntimeException e) {
            return Optional.of("a pull of it failed: " + String.valueOf(e.getMessage()).strip());
        }
    }

    private static String helperNote(DockerImageName name) {
        String image = name.asCanonicalNameString();
        if (image.equals(DockerImageName.parse(REAPER).asCanonicalNameString())) {
            return " (Testcontainers' reaper; TESTCONTAINERS_RYUK_DISABLED=true does without it)";
        }
        if (image.equals(DockerImageName.parse(HOST_FINDER).asCanonicalNameString())) {
            return " (run by Testcontainers to find the Docker host from inside a container;"
                    + " TESTCONTAINERS_HOST_OVERRIDE=localhost does without it)";
        }
        return "";
    }
}
