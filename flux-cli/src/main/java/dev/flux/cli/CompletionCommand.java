package dev.flux.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code flux completion}: a completion script for bash and zsh. */
@Command(name = "completion", description = "Prints a completion script for bash and zsh. Load it with"
        + " source <(flux completion); in zsh run autoload -U +X bashcompinit && bashcompinit first.")
final class CompletionCommand extends Subcommand {
    @Override
    void run(Output output) {
        output.terminal().print(AutoComplete.bash("flux", spec.root().commandLine()));
    }
}
