package dev.flux.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code flux} command line: parses the arguments with picocli, runs the command and returns its exit
 * code: {@value #OK} success, {@value #FLUX_ERROR} a flux error, {@value #USAGE} a usage error, which prints
 * the usage of the command it concerns. No message shows a password given on the command line or in the
 * environment.
 */
public final class FluxCli {
    /** The command succeeded. */
    public static final int OK = 0;
    /** flux reported an error ({@code FLUX-<CODE>: ...}). */
    public static final int FLUX_ERROR = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;

    private FluxCli() {
    }

    /** Runs {@code flux args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        Output output = new Output(out, err, ArgumentSecrets.of(args, System::getenv), wantsJson(args), debug);
        CommandLine line = new CommandLine(new FluxCommand(output));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((ParameterException e, String[] ignored) -> output.usageError(
                e.getMessage() + suggestions(e), e.getCommandLine().getUsageMessage()));
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> output.bug(e));
        return line.execute(args);
    }

    /** {@code " Did you mean: migrate?"} for a misspelt command or option; empty otherwise. */
    private static String suggestions(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return " Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return "";
    }

    /** Whether the output is JSON, looked up before parsing so that a usage error is JSON too. */
    private static boolean wantsJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format=json") || args[i].equals("--format") && i + 1 < args.length
                    && args[i + 1].equals("json")) {
                return true;
            }
        }
        return false;
    }
}
