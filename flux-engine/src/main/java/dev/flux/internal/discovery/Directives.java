package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import dev.flux.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code -- flux:<directive>} lines of a script's header. The header is the lines before the
 * first statement: blank lines and {@code --} comments. A directive anywhere else, or one that flux does
 * not know, is a {@code FLUX-DIRECTIVE} problem at {@code file:line}.
 */
record Directives(boolean noTransaction, Version since, List<Problem> problems) {
    static final String NO_TRANSACTION = "no-transaction";
    static final String SINCE = "since";
    static final List<String> KNOWN = List.of(NO_TRANSACTION, SINCE);

    private static final String PREFIX = "flux:";

    Directives {
        problems = List.copyOf(problems);
    }

    /**
     * Reads the directives of normalised {@code text}; {@code location} is used in problems.
     * {@code -- flux:since V3} is for repeatable scripts only ({@code repeatable}).
     */
    static Directives parse(String location, String text, boolean repeatable) {
        boolean noTransaction = false;
        Version since = null;
        int firstStatementLine = 0;
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            boolean comment = line.startsWith("--");
            if (firstStatementLine == 0 && !comment && !line.isEmpty()) {
                firstStatementLine = lineNo;
            }
            String directive = comment ? directiveOf(line) : null;
            if (directive == null) {
                continue;
            }
            String where = location + ":" + lineNo;
            if (firstStatementLine != 0) {
                problems.add(new Problem(ErrorCode.DIRECTIVE, where,
                        "directive '" + directive + "' comes after the first statement (line "
                                + firstStatementLine + ").",
                        "Move it to the top: directives must come before the first statement; only blank "
                                + "lines and -- comments may precede them."));
            } else if (directive.equals(NO_TRANSACTION)) {
                noTransaction = true;
            } else if (directive.equals(SINCE) || directive.startsWith(SINCE + " ")) {
                String version = directive.substring(SINCE.length()).strip();
                if (!repeatable) {
                    problems.add(new Problem(ErrorCode.DIRECTIVE, where, "'since' is for pre-apply/ and post-apply/"
                            + " scripts; a versioned migration runs at its own version.", "Remove the line."));
                } else if (!Version.isVersion(version) || Version.parse(version).isZero()) {
                    problems.add(new Problem(ErrorCode.DIRECTIVE, where, "'" + directive + "' needs the version"
                            + " from which the script runs.", "Write it as '-- flux:since V3': the script then runs"
                            + " only when a batch ends at V3 or later."));
                } else {
                    since = Version.parse(version);
                }
            } else {
                problems.add(unknown(where, directive));
            }
        }
        return new Directives(noTransaction, since, problems);
    }

    /** The directive named by a {@code --} comment line, or null when it is an ordinary comment. */
    private static String directiveOf(String commentLine) {
        String body = commentLine.substring(2).strip();
        if (!body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        return body.substring(PREFIX.length()).strip();
    }

    private static Problem unknown(String where, String directive) {
        String message = directive.isEmpty() ? "empty directive." : "unknown directive '" + directive + "'.";
        String closest = closest(directive);
        String hint = closest == null ? "" : "Did you mean '" + closest + "'? ";
        return new Problem(ErrorCode.DIRECTIVE, where, message,
                hint + "Known directives: " + String.join(", ", KNOWN)
                        + ". Write them as '-- flux:" + NO_TRANSACTION + "' or '-- flux:" + SINCE + " V3'.");
    }

    /** The known directive nearest to {@code word}, if it is close enough to be a likely typo. */
    private static String closest(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            int d = distance(w.startsWith(SINCE + " ") ? SINCE : w, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return !w.isEmpty() && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    /** Levenshtein distance: the fewest single-character edits that turn {@code a} into {@code b}. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
