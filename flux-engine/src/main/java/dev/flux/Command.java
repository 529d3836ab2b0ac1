package dev.flux;

import java.util.Objects;

/** A command that changes the version, for {@link Flux#plan(Command)}. */
public sealed interface Command {
    /** Apply every pending migration. */
    static Command migrate() {
        return new Migrate(null);
    }

    /** Apply pending migrations up to and including {@code target}. */
    static Command migrateTo(String target) {
        return new Migrate(Objects.requireNonNull(target, "target"));
    }

    /** Undo the {@code count} latest applied migrations. */
    static Command rollback(int count) {
        return new Rollback(count, null);
    }

    /** Undo every migration after {@code target}; the target stays applied. */
    static Command rollbackTo(String target) {
        return new Rollback(0, Objects.requireNonNull(target, "target"));
    }

    /** Apply pending migrations; {@code target} is null for "all". */
    record Migrate(String target) implements Command {
    }

    /** Undo {@code count} migrations, or down to {@code target} when it is not null. */
    record Rollback(int count, String target) implements Command {
    }
}
