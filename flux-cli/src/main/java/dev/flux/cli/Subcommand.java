package dev.flux.cli;

import dev.flux.FluxException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code flux} subcommand: runs, and turns a {@link FluxException} into its report and exit code 1. A
 * wrong command line is a {@link ParameterException} (exit code 2, with this command's usage).
 */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    FluxCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Output output = root.output();
        try {
            run(output);
            return FluxCli.OK;
        } catch (FluxException e) {
            return output.error(e, hint(e));
        }
    }

    /** The command's work. */
    abstract void run(Output output);

    /** Advice appended to the message of {@code e}, starting with a line break; empty by default. */
    String hint(FluxException e) {
        return "";
    }

    /** A usage error of this command. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
