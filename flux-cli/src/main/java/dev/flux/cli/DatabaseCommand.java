package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.text.Summary;

/**
 * A command that works on a database, or on the migrations offline: it opens a {@link Session}, prints
 * which database it uses, runs, and closes the session.
 */
abstract class DatabaseCommand extends Subcommand {
    @Override
    final void run(Output output) {
        checkArguments();
        StepLog steps = new StepLog(output);
        try (Session session = Session.open(root, steps)) {
            output.info(Summary.database(session.flux()));
            run(session.flux(), output, steps);
        }
    }

    /** Refuses a wrong combination of this command's options, before anything is read. */
    void checkArguments() {
    }

    /** The command's work with an open {@link Flux}; {@code steps} has seen every step run so far. */
    abstract void run(Flux flux, Output output, StepLog steps);

    @Override
    String hint(FluxException e) {
        if (e.code() == ErrorCode.CONNECT && e.getMessage().contains("no database configured")) {
            return "\nGive --url, set the environment variable FLUX_URL, or set url under [connection] in"
                    + " flux.toml.";
        }
        if (e.code() == ErrorCode.JAVA) {
            return "\nJava migrations load from --classpath (or FLUX_CLASSPATH): give the folder or jar of their"
                    + " compiled classes.";
        }
        if (e.code() == ErrorCode.CHECKSUM) {
            return "\nWith the command line, a harmless edit is accepted with flux repair --accept-checksums.";
        }
        if (e.code() == ErrorCode.BACKEND) {
            return "\nWith the command line: name the backend with --backend, or drop its jar (and its JDBC"
                    + " driver) into the drivers/ folder of flux or give it with --classpath.";
        }
        return "";
    }
}
