package dev.flux.oracle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a statement of a script ends, decided from its first words, as SQL*Plus decides it: plain SQL ends
 * at {@code ;} (which is not sent), while PL/SQL units and SQL with {@code WITH FUNCTION} end at a line
 * holding only {@code /}.
 */
enum StatementKind {
    /** SQL ending at {@code ;}, or at a {@code /} line. */
    PLAIN,
    /**
     * {@code CREATE [OR REPLACE] [EDITIONABLE | NONEDITIONABLE] FUNCTION | PROCEDURE | PACKAGE [BODY] |
     * TYPE [BODY] | TRIGGER}, and {@code DECLARE}/{@code BEGIN}/{@code <<label>>} blocks: sent with their
     * {@code END;}.
     */
    PLSQL,
    /** SQL holding {@code WITH FUNCTION|PROCEDURE}: sent with the functions' {@code END;} but without a final {@code ;}. */
    INLINE_PLSQL,
    /**
     * {@code CREATE ... JAVA SOURCE | RESOURCE | CLASS ... AS} and {@code CREATE ... MLE MODULE ... AS}: Java
     * or JavaScript after the {@code AS}, which is not read as SQL (its quotes and comments follow other
     * rules) and ends at the first line holding only {@code /}.
     */
    FOREIGN_SOURCE;

    private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "IF", "NOT", "EXISTS",
            "EDITIONABLE", "NONEDITIONABLE");
    private static final Set<String> UNITS = Set.of("FUNCTION", "PROCEDURE", "PACKAGE", "TYPE", "TRIGGER");
    /** What may stand between {@code CREATE} and {@code JAVA} or {@code MLE}. */
    private static final Set<String> FOREIGN_MODIFIERS = Set.of("OR", "REPLACE", "IF", "NOT", "EXISTS", "AND",
            "RESOLVE", "COMPILE", "NOFORCE", "SHARING", "=", "METADATA", "NONE");
    private static final Set<String> JAVA_KINDS = Set.of("SOURCE", "RESOURCE", "CLASS");

    /** The kind of the statement whose first token starts at {@code pos}. */
    static StatementKind at(Lexer lexer, int pos) {
        List<Token> head = peek(lexer, pos, 8);
        if (head.isEmpty()) {
            return PLAIN;
        }
        Token first = head.get(0);
        if (first.is("DECLARE") || first.is("BEGIN")
                || (first.isSymbol('<') && head.size() > 1 && head.get(1).isSymbol('<'))) {
            return PLSQL;
        }
        if (first.is("WITH")) {
            return startsInlinePlsql(lexer, first.end()) ? INLINE_PLSQL : PLAIN;
        }
        if (first.is("CREATE")) {
            if (foreignSourceStart(lexer, pos) >= 0) {
                return FOREIGN_SOURCE;
            }
            int i = 1;
            while (i < head.size() && head.get(i).word() != null && CREATE_MODIFIERS.contains(head.get(i).word())) {
                i++;
            }
            if (i < head.size() && head.get(i).kind() == Token.Kind.WORD && UNITS.contains(head.get(i).word())) {
                return PLSQL;
            }
        }
        return PLAIN;
    }

    /**
     * Where the Java or JavaScript of {@code CREATE ... JAVA SOURCE | RESOURCE | CLASS ... AS} or
     * {@code CREATE ... MLE MODULE ... AS} starts (right after the {@code AS}), for the statement whose first
     * token starts at {@code pos}; -1 for any other statement, including those that load their code
     * {@code USING} a BFILE, CLOB or BLOB.
     */
    static int foreignSourceStart(Lexer lexer, int pos) {
        int p = lexer.skipSpace(pos);
        Token t = p < lexer.text().length() ? lexer.next(p) : null;
        if (t == null || !t.is("CREATE")) {
            return -1;
        }
        t = nextToken(lexer, t);
        while (t != null && FOREIGN_MODIFIERS.contains(t.kind() == Token.Kind.WORD ? t.word() : text(lexer, t))) {
            t = nextToken(lexer, t);
        }
        Token second = t == null ? null : nextToken(lexer, t);
        boolean java = t != null && t.is("JAVA") && second != null && second.kind() == Token.Kind.WORD
                && JAVA_KINDS.contains(second.word());
        boolean mle = t != null && t.is("MLE") && second != null && second.is("MODULE");
        if (!java && !mle) {
            return -1;
        }
        for (t = nextToken(lexer, second); t != null && !t.isSymbol(';'); t = nextToken(lexer, t)) {
            if (t.is("AS") || t.is("USING")) {
                return t.is("AS") ? t.end() : -1;
            }
        }
        return -1;
    }

    private static Token nextToken(Lexer lexer, Token after) {
        int p = lexer.skipSpace(after.end());
        return p < lexer.text().length() ? lexer.next(p) : null;
    }

    private static String text(Lexer lexer, Token t) {
        return lexer.text().substring(t.start(), t.end());
    }

    /**
     * Whether the {@code WITH} that ends at {@code afterWith} starts PL/SQL declarations
     * ({@code WITH FUNCTION f ...}) rather than a subquery named {@code function} ({@code WITH function AS}).
     */
    static boolean startsInlinePlsql(Lexer lexer, int afterWith) {
        List<Token> next = peek(lexer, afterWith, 2);
        return next.size() == 2 && (next.get(0).is("FUNCTION") || next.get(0).is("PROCEDURE"))
                && !next.get(1).is("AS") && !next.get(1).isSymbol('(');
    }

    /** Up to {@code count} tokens from {@code pos}, stopping before a {@code ;}. */
    private static List<Token> peek(Lexer lexer, int pos, int count) {
        List<Token> tokens = new ArrayList<>();
        int p = lexer.skipSpace(pos);
        while (tokens.size() < count && p < lexer.text().length()) {
            Token t = lexer.next(p);
            if (t.isSymbol(';')) {
                break;
            }
            tokens.add(t);
            p = lexer.skipSpace(t.end());
        }
        return tokens;
    }
}
