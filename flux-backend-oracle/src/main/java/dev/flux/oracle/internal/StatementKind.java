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
    INLINE_PLSQL;

    private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "IF", "NOT", "EXISTS",
            "EDITIONABLE", "NONEDITIONABLE");
    private static final Set<String> UNITS = Set.of("FUNCTION", "PROCEDURE", "PACKAGE", "TYPE", "TRIGGER");

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
