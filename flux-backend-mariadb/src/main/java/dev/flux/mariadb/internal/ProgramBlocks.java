package dev.flux.mariadb.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Follows the words of one statement to tell whether a {@code ;} ends it: inside the {@code BEGIN ... END}
 * body of a stored program ({@code CREATE ... PROCEDURE | FUNCTION | TRIGGER | EVENT | PACKAGE},
 * {@code ALTER EVENT ... DO}, or a {@code BEGIN NOT ATOMIC} block) it does not. It counts {@code BEGIN} and
 * {@code CASE} as openings and {@code END} as a closing, except {@code END IF}, {@code END LOOP},
 * {@code END WHILE}, {@code END REPEAT} and {@code END FOR}, which close statements that need no count.
 */
final class ProgramBlocks {
    private static final Set<String> PROGRAMS = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT", "PACKAGE");
    private static final Set<String> NOT_PROGRAMS = Set.of("TABLE", "VIEW", "INDEX", "UNIQUE", "FULLTEXT",
            "SPATIAL", "DATABASE", "SCHEMA", "USER", "ROLE", "SEQUENCE", "SERVER", "TEMPORARY", "TABLESPACE");
    private static final Set<String> SELF_CLOSED = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");
    /** After this many words without PROCEDURE, FUNCTION, ..., a CREATE is not one of a stored program. */
    private static final int HEAD_WORDS = 12;

    private int words;
    private String first;
    private int firstLine;
    private Boolean program;
    private int depth;
    private int openLine;
    private boolean pendingEnd;

    /** The first word of the statement, upper case, or null before it. */
    String firstWord() {
        return first;
    }

    /** Takes the next word of the statement, seen on {@code line}. */
    void word(String text, int line) {
        String word = text.toUpperCase(Locale.ROOT);
        int index = words++;
        if (index == 0) {
            first = word;
            firstLine = line;
            program = word.equals("CREATE") || word.equals("ALTER") || word.equals("BEGIN") ? null : Boolean.FALSE;
            return;
        }
        if (program == null) {
            decide(word, index, line);
            return;
        }
        if (!program) {
            return;
        }
        if (pendingEnd) {
            pendingEnd = false;
            if (SELF_CLOSED.contains(word)) {
                return;
            }
            close();
            if (word.equals("CASE")) {
                return; // END CASE closes the CASE that was counted
            }
        }
        switch (word) {
            case "BEGIN", "CASE" -> open(line);
            case "END" -> pendingEnd = true;
            default -> {
                // any other word leaves the count as it is
            }
        }
    }

    private void decide(String word, int index, int line) {
        if (first.equals("BEGIN")) {
            program = word.equals("NOT");
            if (program) {
                open(firstLine);
            }
        } else if (PROGRAMS.contains(word)) {
            program = true;
        } else if (NOT_PROGRAMS.contains(word) || index >= HEAD_WORDS) {
            program = false;
        }
    }

    /** Takes a token that is no word (an operator, a string, a number): it ends a pending {@code END}. */
    void other() {
        if (pendingEnd) {
            pendingEnd = false;
            close();
        }
    }

    /** Whether a {@code ;} here ends the statement: outside any block body. */
    boolean semicolonEnds() {
        other();
        return depth == 0;
    }

    /** The line of the outermost open block, or 0 when none is open. */
    int openBlockLine() {
        other();
        return depth > 0 ? openLine : 0;
    }

    private void open(int line) {
        if (depth++ == 0) {
            openLine = line;
        }
    }

    private void close() {
        depth = Math.max(0, depth - 1);
    }
}
