package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.FluxException;
import dev.flux.h2.H2StatementSplitter;
import dev.flux.mariadb.MariaDbStatementSplitter;
import dev.flux.oracle.OracleStatementSplitter;
import dev.flux.postgres.PostgresStatementSplitter;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #8, part 4: scripts built from fragments of each dialect split back into exactly the statements
 * they were built from, with the line of each first token, also with CRLF line ends; and any text at all
 * splits or fails with a {@link FluxException}, never with another exception.
 */
class SplitterProperties {
    private static final String GARBAGE = "';\"`$/*-\n\r\t()[]{}qQnNeE\\&@ab1 BEGINENDATOMICcopyCOPYfromstdin#!"
            + "DELIMITER ";

    @Property(tries = 400)
    void h2ScriptsSplitIntoTheirStatements(@ForAll("h2") GeneratedScript script) {
        assertSplits(new H2StatementSplitter(), script);
        assertSplits(new H2StatementSplitter(), script.withCrLf());
    }

    @Property(tries = 400)
    void postgresScriptsSplitIntoTheirStatements(@ForAll("postgres") GeneratedScript script) {
        assertSplits(new PostgresStatementSplitter(), script);
        // PostgreSQL's splitter reads CRLF as LF, so the texts come back with LF
        assertThat(new PostgresStatementSplitter().split(script.withCrLf().text())).as(script.toString())
                .containsExactlyElementsOf(script.statements());
    }

    @Property(tries = 400)
    void oracleScriptsSplitIntoTheirStatements(@ForAll("oracle") GeneratedScript script) {
        assertSplits(new OracleStatementSplitter(), script);
        assertSplits(new OracleStatementSplitter(), script.withCrLf());
    }

    @Property(tries = 400)
    void mariadbScriptsSplitIntoTheirStatements(@ForAll("mariadb") GeneratedScript script) {
        assertSplits(new MariaDbStatementSplitter(), script);
        // MariaDB's splitter reads CRLF as LF, so the texts come back with LF
        assertThat(new MariaDbStatementSplitter().split(script.withCrLf().text())).as(script.toString())
                .containsExactlyElementsOf(script.statements());
    }

    @Property(tries = 1000)
    void anyTextSplitsOrFailsWithAFluxException(@ForAll("garbage") String text) {
        for (StatementSplitter splitter : List.of(new H2StatementSplitter(), new PostgresStatementSplitter(),
                new OracleStatementSplitter(), new MariaDbStatementSplitter())) {
            List<SqlStatement> statements;
            try {
                statements = splitter.split(text);
            } catch (FluxException expected) {
                continue;
            }
            long lines = text.lines().count() + 1;
            for (SqlStatement s : statements) {
                assertThat(s.sql()).as(splitter.getClass().getSimpleName()).isNotBlank();
                assertThat(s.line()).as(splitter.getClass().getSimpleName()).isBetween(1, (int) lines);
            }
        }
    }

    @Provide
    Arbitrary<GeneratedScript> h2() {
        return H2Scripts.scripts();
    }

    @Provide
    Arbitrary<GeneratedScript> postgres() {
        return PostgresScripts.scripts();
    }

    @Provide
    Arbitrary<GeneratedScript> oracle() {
        return OracleScripts.scripts();
    }

    @Provide
    Arbitrary<GeneratedScript> mariadb() {
        return MariaDbScripts.scripts();
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(GARBAGE.toCharArray()).ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    private static void assertSplits(StatementSplitter splitter, GeneratedScript script) {
        assertThat(splitter.split(script.text())).as(script.toString()).containsExactlyElementsOf(script.statements());
    }
}
