package dev.flux.cli;

import dev.flux.FluxException;
import dev.flux.Problem;
import dev.flux.Secrets;
import dev.flux.ValidationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Where a command writes: text lines on stdout (none with {@code -q} but the result), warnings and errors on
 * stderr, and with {@code --format json} one JSON document on stdout, also on failure. Every line passes
 * through the run's secrets, so no password given to this run is ever printed.
 */
final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private final List<Secrets> secrets;
    private final boolean json;
    private final boolean quiet;
    private final boolean debug;

    Output(PrintStream out, PrintStream err, List<Secrets> secrets, boolean json, boolean debug) {
        this(out, err, secrets, json, false, debug);
    }

    private Output(PrintStream out, PrintStream err, List<Secrets> secrets, boolean json, boolean quiet,
                   boolean debug) {
        this.out = out;
        this.err = err;
        this.secrets = List.copyOf(secrets);
        this.json = json;
        this.quiet = quiet;
        this.debug = debug;
    }

    /** This output with the format and quietness the command line asked for. */
    Output with(boolean asJson, boolean beQuiet) {
        return new Output(out, err, secrets, asJson, beQuiet, debug);
    }

    boolean json() {
        return json;
    }

    /** Whether plain lines are shown: text output without {@code -q}. */
    boolean chatty() {
        return !json && !quiet;
    }

    /** A line about the run, shown unless quiet or JSON. */
    void info(String line) {
        if (chatty()) {
            out.println(scrub(line));
        }
    }

    /** A line of the command's result, such as the status table: shown in text output, even when quiet. */
    void result(String line) {
        if (!json) {
            out.println(scrub(line));
        }
    }

    /** A warning on stderr. */
    void warn(String line) {
        err.println("warning: " + scrub(line));
    }

    /** The JSON document of a successful command; nothing in text output. */
    void document(Map<String, Object> document) {
        if (json) {
            out.println(scrub(Json.write(document)));
        }
    }

    /** Text written straight to the terminal, such as a progress line. */
    PrintStream terminal() {
        return out;
    }

    /** Reports a flux error: its message first on stderr, then {@code hint}; a JSON error document. */
    int error(FluxException e, String hint) {
        err.println(scrub(e.getMessage() + hint));
        if (debug) {
            err.println(scrub(stackTrace(e)));
        }
        if (json) {
            String message = e.getMessage().startsWith(e.code().id() + ": ")
                    ? e.getMessage().substring(e.code().id().length() + 2) : e.getMessage();
            Map<String, Object> error = Json.object("code", e.code().id(), "message", message);
            if (e instanceof ValidationException v) {
                error.put("problems", v.problems().stream().map(Output::problem).toList());
            }
            out.println(scrub(Json.write(Json.object("error", error))));
        }
        return FluxCli.FLUX_ERROR;
    }

    /** Reports a wrong command line with the usage of the command it concerns. */
    int usageError(String message, String usage) {
        err.println(scrub(message));
        err.print(usage);
        if (json) {
            out.println(scrub(Json.write(Json.object("error", Json.object("code", "USAGE", "message", message)))));
        }
        return FluxCli.USAGE;
    }

    /** Reports an error that is a bug in flux; the stack trace only with {@code --debug}. */
    int bug(Exception e) {
        String message = "flux stopped on an unexpected error, which is a bug in flux; please report it with the"
                + " output of the same command with --debug: " + e.getMessage();
        err.println(scrub(message));
        if (debug) {
            err.println(scrub(stackTrace(e)));
        }
        if (json) {
            out.println(scrub(Json.write(Json.object("error", Json.object("code", "INTERNAL", "message", message)))));
        }
        return FluxCli.FLUX_ERROR;
    }

    private static Map<String, Object> problem(Problem p) {
        return Json.object("code", p.code().id(), "where", p.where(), "message", p.message(), "fix", p.fix());
    }

    private String scrub(String text) {
        String scrubbed = text;
        for (Secrets s : secrets) {
            scrubbed = s.scrub(scrubbed);
        }
        return scrubbed;
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
