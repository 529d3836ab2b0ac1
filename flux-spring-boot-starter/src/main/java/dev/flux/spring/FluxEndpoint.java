package dev.flux.spring;

import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.Status;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The read-only {@code flux} Actuator endpoint ({@code /actuator/flux}): the database (its URL without any
 * password), the version it is at, and each migration with its version, description, state and when it was
 * applied.
 */
@Endpoint(id = "flux")
public class FluxEndpoint {
    private final Flux flux;

    public FluxEndpoint(Flux flux) {
        this.flux = flux;
    }

    /** The status of every migration, read from the database now. */
    @ReadOperation
    public FluxReport migrations() {
        synchronized (flux) {
            try {
                Status status = flux.status();
                List<MigrationDescriptor> rows = status.migrations().stream().map(MigrationDescriptor::of).toList();
                return new FluxReport(flux.describeDatabase(), status.currentVersion().text(), rows);
            } finally {
                flux.close();
            }
        }
    }

    /** What the endpoint answers. */
    public record FluxReport(String database, String currentVersion, List<MigrationDescriptor> migrations) {
    }

    /** One migration: {@code appliedAt} is an ISO-8601 instant, or null when it is not applied. */
    public record MigrationDescriptor(String id, String version, String description, String state,
                                      String appliedAt) {
        static MigrationDescriptor of(MigrationInfo m) {
            return new MigrationDescriptor(m.id(), m.version().text(), m.description(), m.state().name(),
                    m.appliedAt() == null ? null : m.appliedAt().toString());
        }
    }
}
