package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, version order, lock ids and prompt comments. */
class SmallPartsTest {

    @Test
    void plainNamesFoldToUpperCaseAndQuotedNamesStayExact() {
        assertThat(Identifier.stored("flux_migrations")).isEqualTo("FLUX_MIGRATIONS");
        assertThat(Identifier.stored("\"Flux History\"")).isEqualTo("Flux History");
        assertThat(Identifier.quote("Flux History")).isEqualTo("\"Flux History\"");
        assertThat(List.of("app", "APP$1", "a#b", "\"Mixed Case\"", "\"ünïcode\"", "x".repeat(200)))
                .allMatch(Identifier::isWellFormed);
        assertThat(List.of("", "1abc", "_x", "my table", "a-b", "\"\"", "\"a\"b\"", "\"open"))
                .noneMatch(Identifier::isWellFormed);
        assertThat(Identifier.bytes("flux_migrations")).isEqualTo(15);
        assertThat(Identifier.bytes("\"ünï\"")).as("quotes are not part of the name; ü and ï take 2 bytes").isEqualTo(5);
        assertThat(Identifier.MAX_TABLE_BYTES + "_LOCK".length()).isEqualTo(Identifier.MAX_BYTES).isEqualTo(128);
    }

    @Test
    void lockIdsAreStablePerHistoryTableAndInDbmsLocksUserRange() {
        FluxTables app = new FluxTables("APP", "FLUX_MIGRATIONS", "FLUX_MIGRATIONS_LOCK", false);
        FluxTables other = new FluxTables("OTHER", "FLUX_MIGRATIONS", "FLUX_MIGRATIONS_LOCK", false);
        assertThat(UserLock.id(app)).isEqualTo(UserLock.id(app)).isNotEqualTo(UserLock.id(other))
                .isBetween(0, 1_073_741_823);
        assertThat(LockHolder.action(UserLock.id(app)).length()).as("fits V$SESSION.ACTION").isLessThanOrEqualTo(32);
    }

    @Test
    void promptCommentsRoundTrip() {
        String sql = Prompts.attach(List.of("Creating t", "it's -- fine"), List.of("Done."), "CREATE TABLE t (n NUMBER)");
        assertThat(sql).isEqualTo("-- PROMPT Creating t\n-- PROMPT it's -- fine\n-- PROMPT (after) Done.\n"
                + "CREATE TABLE t (n NUMBER)");
        Prompts.Found found = Prompts.of(sql);
        assertThat(found.before()).containsExactly("Creating t", "it's -- fine");
        assertThat(found.after()).containsExactly("Done.");
        assertThat(Prompts.of("-- PROMPT but no statement").before()).isEmpty();
        assertThat(Prompts.of("SELECT 1 FROM dual").before()).isEmpty();
    }

    @Test
    void fluxTablesQuoteEveryName() {
        FluxTables t = new FluxTables("App", "Flux History", "Flux History_LOCK", true);
        assertThat(t.historySql()).isEqualTo("\"App\".\"Flux History\"");
        assertThat(t.lockSql()).isEqualTo("\"App\".\"Flux History_LOCK\"");
        assertThat(t.isOwn("Flux History_LOCK")).isTrue();
        assertThat(t.isOwn("FLUX HISTORY")).isFalse();
    }
}
