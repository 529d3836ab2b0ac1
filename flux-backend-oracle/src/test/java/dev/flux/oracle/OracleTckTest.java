package dev.flux.oracle;

import dev.flux.spi.MigrationLock;
import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backend TCK on a fresh Oracle user per test, without {@code EXECUTE} on {@code DBMS_LOCK}, so the
 * lock is the row lock. Skipped, saying how to run it, where there is no Oracle database
 * ({@link OracleTestDatabase}).
 */
@ExtendWith(RequiresOracle.class)
class OracleTckTest extends BackendTck {
    @Override
    protected String backendName() {
        return "oracle";
    }

    @Override
    protected TckDatabase createDatabase() throws Exception {
        return tckDatabase(OracleTestDatabase.createSchema());
    }

    /** Kills the session labelled as the lock holder, as an administrator would. */
    @Override
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
        OracleTestDatabase.killLockHolder(((SchemaDatabase) database).schema());
    }

    /** A PL/SQL block, ended by its {@code /} line; ORA-00942 (no such view) is ignored. */
    @Override
    protected String dropViewIfExistsScript(String name) {
        return "BEGIN\n  EXECUTE IMMEDIATE 'DROP VIEW " + name + "';\nEXCEPTION\n  WHEN OTHERS THEN\n"
                + "    IF SQLCODE != -942 THEN RAISE; END IF;\nEND;\n/\n";
    }

    static TckDatabase tckDatabase(OracleTestDatabase.Schema schema) {
        return new SchemaDatabase(schema);
    }

    /** A fresh Oracle user as the TCK's database. */
    record SchemaDatabase(OracleTestDatabase.Schema schema) implements TckDatabase {
        @Override
        public DataSource dataSource() {
            return schema.dataSource();
        }

        @Override
        public void close() throws SQLException {
            schema.close();
        }
    }
}
