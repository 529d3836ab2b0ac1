package dev.flux.cli;

import dev.flux.Command;
import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.text.Summary;
import picocli.CommandLine.Option;

/**
 * {@code flux rollback (--count N | --target V) [--dry-run]}: undoes migrations, newest first. One of the two
 * is required; there is no "undo everything" default.
 */
@picocli.CommandLine.Command(name = "rollback", sortOptions = false,
        description = "Undoes migrations with their undo scripts, newest first: the --count latest, or every one"
                + " after --target. One of the two is required; --target 0 undoes all. Refused before anything"
                + " runs when a migration in the range has no undo.")
final class RollbackCommand extends Move {
    @Option(names = "--count", paramLabel = "N", description = "undo the N latest applied migrations")
    Integer count;

    @Option(names = "--target", paramLabel = "VERSION", description = "undo every migration after this version,"
            + " which stays applied (V3, 3, a full id; 0 empties the database)")
    String target;

    @Override
    void checkArguments() {
        if (count == null && target == null) {
            throw usage("flux rollback needs --count N (undo the N latest migrations) or --target V3 (undo every"
                    + " migration after V3); it never undoes everything by default. Use --target 0 to undo all"
                    + " migrations. Nothing was undone.");
        }
        if (count != null && target != null) {
            throw usage("flux rollback got both --count " + count + " and --target " + target + "; give only one."
                    + " Nothing was undone.");
        }
        if (count != null && count < 1) {
            throw usage("--count must be 1 or more, found " + count + ". Nothing was undone.");
        }
    }

    @Override
    Command command() {
        return count != null ? Command.rollback(count) : Command.rollbackTo(target);
    }

    @Override
    Result execute(Flux flux) {
        return count != null ? flux.rollback(count) : flux.rollbackTo(target);
    }

    @Override
    String summary(Result result) {
        return Summary.undone(result);
    }

    @Override
    String idle() {
        return "undo";
    }
}
