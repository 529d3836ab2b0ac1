package dev.flux.oracle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The object a statement compiles, read from its text: {@code CREATE ... VIEW | FUNCTION | PROCEDURE |
 * PACKAGE [BODY] | TYPE [BODY] | TRIGGER name} and {@code ALTER ... name COMPILE}. Oracle creates such an
 * object even when it does not compile, as {@code INVALID}, and keeps the errors in {@code ALL_ERRORS}.
 *
 * @param owner the schema written in the statement, or null for the current schema
 * @param name the name as the data dictionary stores it
 * @param types the {@code ALL_ERRORS.TYPE} values to look at
 * @param sourceStart where in the statement the source Oracle stores starts, whose error lines and columns
 *        count from there: the object type keyword ({@code CREATE OR REPLACE} is not stored), or for a
 *        trigger the {@code DECLARE}, {@code BEGIN} or {@code COMPOUND TRIGGER} that starts its body; -1 when
 *        the errors are not about this statement's text ({@code ALTER ... COMPILE}, views, {@code CALL}
 *        triggers)
 */
record CompiledUnit(String owner, String name, List<String> types, int sourceStart) {
    private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "IF", "NOT", "EXISTS", "NO",
            "FORCE", "NOFORCE", "EDITIONABLE", "NONEDITIONABLE", "EDITIONING");
    private static final Set<String> KINDS = Set.of("VIEW", "FUNCTION", "PROCEDURE", "PACKAGE", "TYPE", "TRIGGER");

    /** The object {@code sql} creates or recompiles, or null when it is no such statement. */
    static CompiledUnit of(String sql) {
        Lines lines = new Lines(sql);
        Lexer lexer = new Lexer(sql, lines);
        List<Token> tokens = tokens(lexer, 14);
        if (tokens.isEmpty() || !(tokens.get(0).is("CREATE") || tokens.get(0).is("ALTER"))) {
            return null;
        }
        boolean create = tokens.get(0).is("CREATE");
        int i = 1;
        while (create && i < tokens.size() && CREATE_MODIFIERS.contains(String.valueOf(tokens.get(i).word()))) {
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).word() == null || !KINDS.contains(tokens.get(i).word())) {
            return null;
        }
        Token kind = tokens.get(i++);
        boolean body = i < tokens.size() && tokens.get(i).is("BODY");
        if (body) {
            i++;
        }
        if (create && i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT")) {
            i += 3;
        }
        List<String> name = new ArrayList<>();
        while (i < tokens.size() && isName(tokens.get(i))) {
            name.add(stored(sql, tokens.get(i++)));
            if (i < tokens.size() && tokens.get(i).isSymbol('.')) {
                i++;
            } else {
                break;
            }
        }
        boolean compiles = create || (i < tokens.size() && tokens.get(i).is("COMPILE"));
        if (name.isEmpty() || name.size() > 2 || !compiles) {
            return null;
        }
        List<String> types = create ? List.of(kind.word() + (body ? " BODY" : ""))
                : alteredTypes(kind.word(), tokens.subList(i, tokens.size()));
        int sourceStart = -1;
        if (create && kind.is("TRIGGER")) {
            sourceStart = triggerBodyStart(lexer, tokens.get(i - 1));
        } else if (create && !kind.is("VIEW")) {
            sourceStart = kind.start();
        }
        return new CompiledUnit(name.size() == 2 ? name.get(0) : null, name.get(name.size() - 1), types, sourceStart);
    }

    /**
     * Where the body of a trigger starts: its first {@code DECLARE} or {@code BEGIN}, or {@code COMPOUND}
     * of {@code COMPOUND TRIGGER}, after {@code last}, the last token of its name; -1 for a {@code CALL}
     * trigger, whose body is a call.
     */
    private static int triggerBodyStart(Lexer lexer, Token last) {
        Token previous = last;
        int p = lexer.skipSpace(last.end());
        while (p < lexer.text().length()) {
            Token t = lexer.next(p);
            boolean word = t.kind() == Token.Kind.WORD && !previous.isSymbol('.');
            if (word && (t.is("DECLARE") || t.is("BEGIN"))) {
                return t.start();
            }
            if (word && t.is("COMPOUND")) {
                int q = lexer.skipSpace(t.end());
                if (q < lexer.text().length() && lexer.next(q).is("TRIGGER")) {
                    return t.start();
                }
            }
            if (word && t.is("CALL")) {
                return -1;
            }
            previous = t;
            p = lexer.skipSpace(t.end());
        }
        return -1;
    }

    /** The type label of messages: {@code PACKAGE BODY}. */
    String label() {
        return types.get(types.size() - 1);
    }

    private static List<String> alteredTypes(String kind, List<Token> rest) {
        boolean body = rest.size() > 1 && rest.get(0).is("COMPILE") && rest.get(1).is("BODY");
        boolean spec = rest.size() > 1 && rest.get(0).is("COMPILE") && rest.get(1).is("SPECIFICATION");
        if ((kind.equals("PACKAGE") || kind.equals("TYPE")) && !spec) {
            return body ? List.of(kind + " BODY") : List.of(kind, kind + " BODY");
        }
        return List.of(kind);
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED_NAME;
    }

    private static String stored(String sql, Token t) {
        return t.kind() == Token.Kind.QUOTED_NAME ? sql.substring(t.start() + 1, t.end() - 1) : t.word();
    }

    private static List<Token> tokens(Lexer lexer, int count) {
        List<Token> tokens = new ArrayList<>();
        int p = lexer.skipSpace(0);
        while (tokens.size() < count && p < lexer.text().length()) {
            Token t = lexer.next(p);
            tokens.add(t);
            p = lexer.skipSpace(t.end());
        }
        return tokens;
    }
}
