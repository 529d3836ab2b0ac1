package dev.flux.mariadb.internal;

import dev.flux.spi.ScriptSyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The commands of the {@code mariadb} and {@code mysql} clients that a script may hold but the server does
 * not understand, and the error for each, with advice. {@code DELIMITER} on a line of its own is handled by
 * the scanner; everywhere else these are refused.
 */
final class ClientCommands {
    /** First words of a statement that are client commands, never SQL (USE is both, and refused). */
    private static final Set<String> WORDS = Set.of("USE", "SOURCE", "DELIMITER", "CONNECT", "SYSTEM", "TEE",
            "NOTEE", "CHARSET", "WARNINGS", "NOWARNING", "PAGER", "NOPAGER", "PROMPT", "REHASH", "EXIT", "QUIT",
            "EGO", "GO", "PRINT", "RESETCONNECTION");

    private ClientCommands() {
    }

    static boolean isCommand(String firstWord) {
        return WORDS.contains(firstWord);
    }

    /** The error for a statement that starts with the client command {@code word}. */
    static ScriptSyntaxException refuseWord(String word, int line) {
        String name = word.toUpperCase(Locale.ROOT);
        String advice = switch (name) {
            case "USE" -> "flux runs every migration in the database it is configured for (the URL's database,"
                    + " or backend.schema); to reach another database, qualify the names (other_db.table).";
            case "SOURCE" -> "Put the statements of that file into migrations of their own.";
            case "DELIMITER" -> "Write DELIMITER at the start of a line of its own, after the previous "
                    + "statement has ended.";
            case "CONNECT" -> "flux runs every migration on the database it is configured for.";
            default -> "Remove it, or write what it does as SQL.";
        };
        return new ScriptSyntaxException(line, "'" + word + "' is a command of the mariadb client, which flux does"
                + " not run: " + advice);
    }

    /** The error for a backslash command ({@code \G}, {@code \g}, {@code \.}, {@code \d}, ...). */
    static ScriptSyntaxException refuseBackslash(String command, int line) {
        String advice = switch (command) {
            case "\\g", "\\G" -> "End the statement with the delimiter (;) instead.";
            case "\\d" -> "Write DELIMITER xx on a line of its own instead.";
            case "\\." -> "Put the statements of that file into migrations of their own.";
            case "\\u" -> "flux runs every migration in the database it is configured for; qualify names "
                    + "(other_db.table) to reach another one.";
            default -> "Remove it; outside strings a backslash is not SQL.";
        };
        return new ScriptSyntaxException(line, "'" + command + "' is a backslash command of the mariadb client, "
                + "which flux does not run (outside strings and comments the server does not accept it). " + advice);
    }
}
