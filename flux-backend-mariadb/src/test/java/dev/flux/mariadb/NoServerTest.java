package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * What LocalServer.mariadb() relies on to tell "no server here" (skip) from "a server refused us" (fail):
 * MariaDB Connector/J reports a connection that reached nobody with SQLState 08000.
 */
class NoServerTest {
    @Test
    void aPortWhereNobodyListensGivesSqlState08000() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:1/test?user=root&connectTimeout=2000"))
                .isInstanceOfSatisfying(SQLException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.getSQLState()).isEqualTo("08000"));
    }
}
