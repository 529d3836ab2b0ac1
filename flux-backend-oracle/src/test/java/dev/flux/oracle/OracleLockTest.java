package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.MigrationBackend;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two kinds of lock, what a waiter is told, and how the lock session is labelled. */
class OracleLockTest extends OracleTestBase {
    private static final Duration SHORT = Duration.ofSeconds(1);

    @Test
    void withoutDbmsLockTheLockIsARowOfTheLockTable() throws Exception {
        OracleTestDatabase.Schema db = schema();
        MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
        holder.migrationLock().lock();
        assertThat(strings(db.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES")).containsExactly("FLUX_MIGRATIONS_LOCK");
        assertThatThrownBy(backend(db.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("within 1 s")
                .hasMessageContaining("a row lock on " + db.name() + ".FLUX_MIGRATIONS_LOCK")
                .hasMessageContaining("lock_timeout")
                .hasMessageContaining("grant SELECT ON SYS.GV_$SESSION");
        holder.migrationLock().unlock();
        MigrationBackend next = backend(db.dataSource(), SHORT, Map.of());
        next.migrationLock().lock();
        next.migrationLock().check();
        next.migrationLock().unlock();
    }

    @Test
    void withDbmsLockTheHolderAlsoCreatesAndRowLocksTheLockTable() throws Exception {
        OracleTestDatabase.Schema db = schema("EXECUTE ON SYS.DBMS_LOCK");
        MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
        holder.migrationLock().lock();
        assertThat(strings(db.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES")).containsExactly("FLUX_MIGRATIONS_LOCK");
        assertThatThrownBy(backend(db.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .hasMessageContaining("a DBMS_LOCK user lock (id ");
        holder.migrationLock().unlock();
        backend(db.dataSource(), SHORT, Map.of()).migrationLock().lock();
    }

    @Test
    void aDbmsLockHolderOnAFreshSchemaKeepsOutMigratorsWithoutDbmsLock() throws Exception {
        OracleTestDatabase.Schema owner = schema();
        OracleTestDatabase.Schema dba = schema("EXECUTE ON SYS.DBMS_LOCK", "CREATE ANY TABLE", "SELECT ANY TABLE",
                "INSERT ANY TABLE", "UPDATE ANY TABLE", "DELETE ANY TABLE");
        MigrationBackend dbaLock = backend(dba.dataSource(), SHORT, Map.of("schema", owner.name()));
        dbaLock.migrationLock().lock();
        assertThat(strings(owner.dataSource(), "SELECT TABLE_NAME FROM USER_TABLES")).containsExactly("FLUX_MIGRATIONS_LOCK");
        assertThatThrownBy(backend(owner.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("a row lock on " + owner.name() + ".FLUX_MIGRATIONS_LOCK");
    }

    @Test
    void theTimeoutNamesTheHolderWhenGvSessionIsReadable() throws Exception {
        OracleTestDatabase.Schema db = schema("SELECT ON SYS.GV_$SESSION");
        MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
        holder.migrationLock().lock();
        assertThatThrownBy(backend(db.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .hasMessageContaining("another migrator holds it — session ")
                .hasMessageContaining(" on instance 1 of user " + db.name())
                .hasMessageContaining("flux pid " + ProcessHandle.current().pid())
                .hasMessageContaining("ALTER SYSTEM KILL SESSION '");
    }

    @Test
    void withoutGvSessionTheHolderIsFoundInVSession() throws Exception {
        OracleTestDatabase.Schema db = schema("SELECT ON SYS.V_$SESSION");
        MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
        holder.migrationLock().lock();
        assertThat(strings(db.dataSource(), "SELECT MODULE || ' / ' || ACTION FROM V$SESSION WHERE USERNAME = ?"
                + " AND ACTION LIKE 'flux lock %'", db.name())).singleElement().asString().startsWith("flux-test / flux lock ");
        assertThatThrownBy(backend(db.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .hasMessageContaining("another migrator holds it — session ")
                .hasMessageContaining(" on instance 1 of user " + db.name())
                .hasMessageContaining("flux pid " + ProcessHandle.current().pid());
    }

    @Test
    void unlockingLeavesPooledSessionsUnlabelledWhateverTheirAutocommit() throws Exception {
        OracleTestDatabase.Schema db = schema("EXECUTE ON SYS.DBMS_LOCK");
        PoolLikeDataSource pool = new PoolLikeDataSource(db.dataSource());
        try {
            MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
            holder.migrationLock().lock();
            MigrationBackend waiter = backend(pool, SHORT, Map.of());
            assertThatThrownBy(waiter.migrationLock()::lock).as("times out on the user lock, autocommit still on")
                    .hasMessageContaining("a DBMS_LOCK user lock (id ");
            holder.migrationLock().unlock();
            MigrationBackend next = backend(pool, SHORT, Map.of());
            next.migrationLock().lock();
            next.migrationLock().unlock();
            assertThat(pool.sessions()).isNotEmpty();
            for (Connection session : pool.sessions()) {
                try (Statement s = session.createStatement();
                     ResultSet rs = s.executeQuery("SELECT SYS_CONTEXT('USERENV', 'ACTION') FROM DUAL")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("ACTION of a pooled session").isNull();
                }
                assertThat(session.getAutoCommit()).isTrue();
            }
        } finally {
            pool.closeAll();
        }
    }

    @Test
    void migratorsWithAndWithoutDbmsLockExcludeEachOther() throws Exception {
        OracleTestDatabase.Schema owner = schema();
        OracleTestDatabase.Schema dba = schema("EXECUTE ON SYS.DBMS_LOCK", "CREATE ANY TABLE", "SELECT ANY TABLE",
                "INSERT ANY TABLE", "UPDATE ANY TABLE", "DELETE ANY TABLE");
        MigrationBackend ownerLock = backend(owner.dataSource(), SHORT, Map.of());
        ownerLock.migrationLock().lock();
        MigrationBackend dbaLock = backend(dba.dataSource(), SHORT, Map.of("schema", owner.name()));
        assertThatThrownBy(dbaLock.migrationLock()::lock)
                .hasMessageContaining("which migrators without EXECUTE on DBMS_LOCK hold");
        ownerLock.migrationLock().unlock();
        dbaLock.migrationLock().lock();
        assertThatThrownBy(backend(owner.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void theLockOutlivesDdlAndDisappearsWithItsSession() throws Exception {
        OracleTestDatabase.Schema db = schema();
        MigrationBackend holder = backend(db.dataSource(), SHORT, Map.of());
        holder.migrationLock().lock();
        holder.history().create(holder.connection());
        sql(db.dataSource(), "CREATE TABLE ddl_commits (n NUMBER)");
        holder.migrationLock().check();
        assertThatThrownBy(backend(db.dataSource(), SHORT, Map.of()).migrationLock()::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        holder.close();
        backend(db.dataSource(), SHORT, Map.of()).migrationLock().lock();
    }
}
