package dev.flux.junit.internal;

import dev.flux.MigrationInfo;
import dev.flux.Status;
import dev.flux.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations of a project in version order. Position 0 is the empty database; position {@code i} is
 * the database with the first {@code i} migrations applied.
 */
final class Chain {
    private final List<String> ids;
    private final List<Version> versions;

    private Chain(List<String> ids, List<Version> versions) {
        this.ids = List.copyOf(ids);
        this.versions = List.copyOf(versions);
    }

    static Chain of(Status status) {
        List<String> ids = new ArrayList<>();
        List<Version> versions = new ArrayList<>();
        for (MigrationInfo m : status.migrations()) {
            ids.add(m.id());
            versions.add(m.version());
        }
        return new Chain(ids, versions);
    }

    /** The number of migrations, which is also the last position. */
    int size() {
        return ids.size();
    }

    /** The id of the migration that leads to {@code position} (1 to size). */
    String id(int position) {
        return ids.get(position - 1);
    }

    /** The version at {@code position}: {@link Version#ZERO} for 0. */
    Version version(int position) {
        return position == 0 ? Version.ZERO : versions.get(position - 1);
    }

    /** The position of {@code version}, or -1 when no migration has it. */
    int position(Version version) {
        if (version.isZero()) {
            return 0;
        }
        int index = versions.indexOf(version);
        return index < 0 ? -1 : index + 1;
    }

    /**
     * The position that a target names, as flux reads targets: a version ({@code V5}, {@code 5}, {@code V2_1},
     * {@code 0}), or else the id of a migration, exactly ({@code V5__add_email}); -1 when it names none, and
     * flux then reports the unknown target.
     */
    int positionOf(String target) {
        String text = target.strip();
        if (Version.isVersion(text)) {
            return position(Version.parse(text));
        }
        int index = ids.indexOf(text);
        return index < 0 ? -1 : index + 1;
    }
}
