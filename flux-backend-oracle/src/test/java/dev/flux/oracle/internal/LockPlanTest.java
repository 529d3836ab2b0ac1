package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which migrators create the lock table and take its row lock, and which creation failures they may ignore. */
class LockPlanTest {

    @Test
    void aDbmsLockHolderAlsoCreatesTheLockTableButMayLackThePrivilege() {
        LockPlan plan = LockPlan.after(UserLock.Outcome.TAKEN);
        assertThat(plan).isEqualTo(new LockPlan(true, true));
        assertThat(plan.ignores(new SQLException("ORA-01031: insufficient privileges", "42000", 1031))).isTrue();
        assertThat(plan.ignores(new SQLException("ORA-01950: no privileges on tablespace 'USERS'", "42000", 1950)))
                .isTrue();
        assertThat(plan.ignores(new SQLException("ORA-01536: space quota exceeded", "72000", 1536))).isTrue();
        assertThat(plan.ignores(new SQLException("ORA-00955: name is already used", "42000", 955)))
                .as("an object of that name that is no table is an error").isFalse();
        assertThat(plan.ignores(new SQLException("IO Error: connection reset", "08006", 17002))).isFalse();
    }

    @Test
    void withoutDbmsLockTheTableMustBeCreated() {
        LockPlan plan = LockPlan.after(UserLock.Outcome.UNAVAILABLE);
        assertThat(plan).isEqualTo(new LockPlan(false, false));
        assertThat(plan.ignores(new SQLException("ORA-01031: insufficient privileges", "42000", 1031))).isFalse();
    }

    @Test
    void aTimeoutOrDeadlockTakesNoFurtherLock() {
        assertThat(LockPlan.after(UserLock.Outcome.TIMED_OUT)).isNull();
        assertThat(LockPlan.after(UserLock.Outcome.DEADLOCK)).isNull();
    }
}
