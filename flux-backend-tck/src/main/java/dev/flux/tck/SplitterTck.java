package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portable part of statement splitting, without a database; each backend adds tests for its own
 * dialect.
 */
public abstract class SplitterTck {
    /** The splitter of the backend under test, as {@code BackendProvider.splitter()} returns it. */
    protected abstract StatementSplitter splitter();

    private List<SqlStatement> split(String script) {
        return splitter().split(script);
    }

    @Test
    void splitsOnSemicolonsOutsideStringsAndComments() {
        List<SqlStatement> statements = split("""
                -- a comment; not a statement
                CREATE TABLE a (id INT);
                INSERT INTO a VALUES (1) /* ; inside */;

                INSERT INTO a VALUES ('x;y''z');
                SELECT 1 FROM a""");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 3, 5, 6);
        assertThat(statements.get(0).sql()).contains("CREATE TABLE a (id INT)").doesNotEndWith(";");
        assertThat(statements.get(2).sql()).contains("'x;y''z'");
        assertThat(statements.get(3).sql()).isEqualTo("SELECT 1 FROM a");
    }

    @Test
    void dropsStatementsThatHoldOnlyCommentsOrWhitespace() {
        assertThat(split("-- nothing here\n/* nor here */\n;\n  \n")).isEmpty();
    }

    @Test
    void quotedIdentifiersMayHoldSemicolons() {
        List<SqlStatement> statements = split("CREATE TABLE \"a;b\" (id INT);\nDROP TABLE \"a;b\";\n");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).sql()).contains("\"a;b\"");
    }

    @Test
    void unterminatedStringNamesItsLine() {
        assertThatThrownBy(() -> split("SELECT 1;\n\nINSERT INTO a VALUES ('oops);\nSELECT 2;\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void unterminatedBlockCommentNamesItsLine() {
        assertThatThrownBy(() -> split("SELECT 1;\n/* never closed\nSELECT 2;\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void windowsLineEndsGiveTheSameStatementsAndLines() {
        List<SqlStatement> lf = split("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n");
        List<SqlStatement> crlf = split("CREATE TABLE a (id INT);\r\nINSERT INTO a VALUES (1);\r\n");
        assertThat(crlf).extracting(SqlStatement::line).containsExactly(1, 2);
        assertThat(crlf).extracting(s -> s.sql().strip()).isEqualTo(lf.stream().map(s -> s.sql().strip()).toList());
    }
}
