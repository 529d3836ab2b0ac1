package dev.flux.oracle.internal;

import java.util.Locale;

/**
 * The SQL*Plus commands flux recognises where a statement would start, with the shortest abbreviation
 * SQL*Plus accepts, and what flux does with each: skip it, log it ({@code PROMPT}), run it
 * ({@code EXECUTE}) or refuse it. Nothing else is taken for SQL*Plus: any other line is SQL.
 */
enum SqlPlusCommand {
    SET("SET", 3, Policy.SKIP),
    PROMPT("PROMPT", 3, Policy.PROMPT),
    REMARK("REMARK", 3, Policy.SKIP),
    SHOW("SHOW", 3, Policy.SKIP),
    SPOOL("SPOOL", 3, Policy.SKIP),
    WHENEVER("WHENEVER", 8, Policy.SKIP),
    EXECUTE("EXECUTE", 4, Policy.EXECUTE),
    START("START", 3, Policy.REFUSE),
    DEFINE("DEFINE", 3, Policy.REFUSE),
    UNDEFINE("UNDEFINE", 5, Policy.REFUSE),
    ACCEPT("ACCEPT", 3, Policy.REFUSE),
    VARIABLE("VARIABLE", 3, Policy.REFUSE),
    PRINT("PRINT", 3, Policy.REFUSE),
    HOST("HOST", 2, Policy.REFUSE),
    CONNECT("CONNECT", 4, Policy.REFUSE),
    DISCONNECT("DISCONNECT", 4, Policy.REFUSE),
    EXIT("EXIT", 4, Policy.REFUSE),
    QUIT("QUIT", 4, Policy.REFUSE),
    PAUSE("PAUSE", 3, Policy.REFUSE),
    COLUMN("COLUMN", 3, Policy.REFUSE),
    DESCRIBE("DESCRIBE", 4, Policy.REFUSE);

    /** What flux does with a command. */
    enum Policy {
        /** Never sent; logged at debug level. */
        SKIP,
        /** Never sent; its text is logged when the next statement runs. */
        PROMPT,
        /** Sent as {@code BEGIN ...; END;}. */
        EXECUTE,
        /** A syntax error: flux cannot do what SQL*Plus would. */
        REFUSE
    }

    private final String name;
    private final int shortest;
    private final Policy policy;

    SqlPlusCommand(String name, int shortest, Policy policy) {
        this.name = name;
        this.shortest = shortest;
        this.policy = policy;
    }

    Policy policy() {
        return policy;
    }

    /** The full name, as SQL*Plus documents it. */
    String fullName() {
        return name;
    }

    /**
     * The command that {@code word} names (any case, abbreviated as SQL*Plus allows), or null. {@code next}
     * is the word after it (any case), or null: {@code SET TRANSACTION}, {@code SET ROLE} and
     * {@code SET CONSTRAINT(S)} are SQL, not SQL*Plus.
     */
    static SqlPlusCommand of(String word, String next) {
        String upper = word.toUpperCase(Locale.ROOT);
        String following = next == null ? null : next.toUpperCase(Locale.ROOT);
        for (SqlPlusCommand command : values()) {
            if (upper.length() >= command.shortest && command.name.startsWith(upper)) {
                boolean sql = command == SET && following != null && (following.equals("TRANSACTION")
                        || following.equals("ROLE") || following.equals("CONSTRAINT")
                        || following.equals("CONSTRAINTS"));
                return sql ? null : command;
            }
        }
        return null;
    }

    /** Whether a line ending in {@code -} continues this command on the next line (not PROMPT or REMARK). */
    boolean continues() {
        return this != PROMPT && this != REMARK;
    }
}
