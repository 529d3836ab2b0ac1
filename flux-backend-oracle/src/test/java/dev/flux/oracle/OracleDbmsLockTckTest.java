package dev.flux.oracle;

import dev.flux.tck.TckDatabase;

/** The backend TCK again, for a user with {@code EXECUTE} on {@code DBMS_LOCK}: the lock is a user lock. */
class OracleDbmsLockTckTest extends OracleTckTest {
    @Override
    protected TckDatabase createDatabase() throws Exception {
        return tckDatabase(OracleTestDatabase.createSchema("EXECUTE ON SYS.DBMS_LOCK"));
    }
}
