package dev.flux.cli;

import dev.flux.Command;
import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.text.Summary;
import picocli.CommandLine.Option;

/** {@code flux migrate [--target V] [--dry-run]}: applies the pending migrations, all or up to a version. */
@picocli.CommandLine.Command(name = "migrate", sortOptions = false,
        description = "Applies the pending migrations, all of them or up to --target, with the pre-apply and"
                + " post-apply scripts around them. Validates first and changes nothing when a problem is found.")
final class MigrateCommand extends Move {
    @Option(names = "--target", paramLabel = "VERSION", description = "apply up to and including this version"
            + " (V5, 5, V2.1 or a full id)")
    String target;

    @Override
    Command command() {
        return target == null ? Command.migrate() : Command.migrateTo(target);
    }

    @Override
    Result execute(Flux flux) {
        return target == null ? flux.migrate() : flux.migrateTo(target);
    }

    @Override
    String summary(Result result) {
        return Summary.applied(result);
    }

    @Override
    String idle() {
        return "apply";
    }
}
