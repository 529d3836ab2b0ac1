package dev.flux.mariadb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lock's name, URL rewriting and test database URLs; no database needed. */
class SmallPartsTest {
    @Test
    void theLockIsNamedAfterTheDatabaseAndTableAndLongNamesAreHashedToSixtyFourCharacters() {
        assertThat(GetLock.name("shop", "flux_migrations")).isEqualTo("flux:shop.flux_migrations");
        String longName = GetLock.name("d".repeat(64), "t".repeat(64));
        assertThat(longName).startsWith("flux:").hasSize(GetLock.MAX_NAME)
                .isNotEqualTo(GetLock.name("d".repeat(64), "t".repeat(63) + "u"));
        assertThat(GetLock.name("d".repeat(64), "t".repeat(64))).as("the same every time").isEqualTo(longName);
    }

    @Test
    void aMysqlUrlGetsPermitMysqlSchemeForMariaDbsDriverAndOtherUrlsStayAsTheyAre() {
        assertThat(MysqlScheme.permitted("jdbc:mysql://db:3306/app")).isEqualTo(
                "jdbc:mysql://db:3306/app?permitMysqlScheme=true");
        assertThat(MysqlScheme.permitted("jdbc:mysql://db/app?user=x")).isEqualTo(
                "jdbc:mysql://db/app?user=x&permitMysqlScheme=true");
        assertThat(MysqlScheme.permitted("jdbc:mysql://db/app?permitMysqlScheme")).isEqualTo(
                "jdbc:mysql://db/app?permitMysqlScheme");
        assertThat(MysqlScheme.permitted("jdbc:mariadb://db/app")).isEqualTo("jdbc:mariadb://db/app");
    }

    @Test
    void aTestDatabaseUrlNamesItsDatabaseAndKeepsTheParameters() {
        assertThat(MariaDbTestServer.withDatabase("jdbc:mariadb://h:3306/test?user=root", "x"))
                .isEqualTo("jdbc:mariadb://h:3306/x?user=root");
        assertThat(MariaDbTestServer.withDatabase("jdbc:mariadb://h:3306?user=root", "x"))
                .isEqualTo("jdbc:mariadb://h:3306/x?user=root");
        assertThat(MariaDbTestServer.withDatabase("jdbc:mariadb://h/", "x")).isEqualTo("jdbc:mariadb://h/x");
    }
}
