package dev.flux.h2;

import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The backend TCK on a fresh in-memory H2 database per test. */
class H2TckTest extends BackendTck {
    @Override
    protected String backendName() {
        return "h2";
    }

    @Override
    protected TckDatabase createDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new TckDatabase() {
            @Override
            public DataSource dataSource() {
                return ds;
            }

            @Override
            public void close() throws Exception {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        };
    }
}
