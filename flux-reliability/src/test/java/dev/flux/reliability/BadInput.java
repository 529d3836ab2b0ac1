package dev.flux.reliability;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One hostile input of issue #8, part 3: what it does to a {@link HostileProject}, the command then run,
 * and what must come out: the error code and the fragments that say where the problem is (a fragment may
 * name a fact the change recorded, as {@code {holder}}), within a time limit. A failed
 * history row is expected only where the backend cannot roll back DDL ({@code failedRowDone >= 0}).
 */
record BadInput(String name, Start start, Change change, Command command, ErrorCode code, List<String> where,
                int failedRowDone, Duration within) {
    /** How long any command may take before it counts as hanging. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    /** The database a case starts from: empty, or with the baseline V1 and V2 applied. */
    enum Start { EMPTY, BASELINE }

    /** Breaks the project. */
    interface Change {
        void apply(HostileProject project) throws Exception;
    }

    /** What a user runs against the broken project; it must throw. */
    interface Command {
        Object run(Path config) throws Exception;
    }

    static BadInput of(String name, Start start, Change change, Command command, ErrorCode code, String... where) {
        return new BadInput(name, start, change, command, code, List.of(where), -1, DEFAULT_LIMIT);
    }

    /** The same input, expected to leave a failed history row for V3 with {@code done} statements completed. */
    BadInput leavingFailedRow(int done) {
        return new BadInput(name, start, change, command, code, where, done, within);
    }

    /** The same input, which must fail within {@code limit}. */
    BadInput within(Duration limit) {
        return new BadInput(name, start, change, command, code, where, failedRowDone, limit);
    }

    static final Command MIGRATE = config -> run(config, Flux::migrate);

    static Command migrateTo(String target) {
        return config -> run(config, flux -> flux.migrateTo(target));
    }

    static Command rollback(int count) {
        return config -> run(config, flux -> flux.rollback(count));
    }

    static Command rollbackTo(String target) {
        return config -> run(config, flux -> flux.rollbackTo(target));
    }

    /** Builds a migrator from {@code config}, runs {@code action} on it and closes it. */
    static Object run(Path config, Function<Flux, Object> action) {
        try (Flux flux = Flux.builder().config(config).build()) {
            return action.apply(flux);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
