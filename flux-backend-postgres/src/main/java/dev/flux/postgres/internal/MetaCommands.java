package dev.flux.postgres.internal;

import dev.flux.spi.ScriptSyntaxException;
import java.util.Locale;

/** The error for a {@code psql} backslash command in a script, with advice for the common ones. */
final class MetaCommands {
    private MetaCommands() {
    }

    static ScriptSyntaxException refuse(String command, int line) {
        String name = command.toLowerCase(Locale.ROOT);
        String advice = switch (name) {
            case "\\copy" -> "Use INSERT statements, or COPY from a file the database server can read.";
            case "\\." -> "This ends the data of COPY ... FROM stdin, which flux cannot send: use INSERT "
                    + "statements, or COPY from a file the database server can read.";
            case "\\i", "\\ir", "\\include", "\\include_relative" ->
                    "Put the statements of that file into migrations of their own.";
            case "\\c", "\\connect" -> "flux runs every migration on the database it is configured for.";
            case "\\set", "\\unset", "\\gset" -> "Write the values into the SQL, or use SET for server settings.";
            default -> "Remove the line, or write what it does as SQL.";
        };
        return new ScriptSyntaxException(line, "psql meta-command '" + command + "' is not SQL: flux sends each "
                + "statement to the server, which does not know psql's backslash commands. " + advice);
    }
}
