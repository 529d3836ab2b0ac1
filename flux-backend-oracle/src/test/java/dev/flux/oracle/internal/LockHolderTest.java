package dev.flux.oracle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a waiter finds and names the holder of the lock, on RAC and on a single instance. */
class LockHolderTest {

    @Test
    void theViewOfEveryInstanceIsTriedBeforeThisInstancesOwn() {
        assertThat(LockHolder.VIEWS).containsExactly("GV$SESSION", "V$SESSION");
    }

    @Test
    void onGvSessionTheWaiterLeavesOutOnlyItsOwnSessionOfItsOwnInstance() {
        String sql = LockHolder.query("GV$SESSION");
        assertThat(sql).contains("INST_ID, USERNAME").contains("FROM GV$SESSION WHERE ACTION = ?")
                .contains("NOT (SID = TO_NUMBER(SYS_CONTEXT('USERENV', 'SID')) AND INST_ID = TO_NUMBER(SYS_CONTEXT('USERENV', 'INSTANCE')))");
    }

    @Test
    void vSessionHasNoInstanceColumnSoTheWaitersInstanceIsShown() {
        String sql = LockHolder.query("V$SESSION");
        assertThat(sql).doesNotContain("INST_ID").contains("SERIAL#, TO_NUMBER(SYS_CONTEXT('USERENV', 'INSTANCE')),")
                .contains("FROM V$SESSION WHERE ACTION = ? AND NOT (SID = TO_NUMBER(SYS_CONTEXT('USERENV', 'SID')))");
    }

    @Test
    void theHolderIsNamedWithItsInstanceAndHowToEndIt() {
        assertThat(LockHolder.describe("71", "3318", "2", "APP", "java", "deploy", "build-7",
                "flux pid 4242 since 2026-01-01T10:00:00Z", "2026-01-01 10:00:00"))
                .isEqualTo("session 71,3318 on instance 2 of user APP, program java (OS user deploy on build-7),"
                        + " flux pid 4242 since 2026-01-01T10:00:00Z, logged on at 2026-01-01 10:00:00"
                        + " (to end it: ALTER SYSTEM KILL SESSION '71,3318,@2')");
        assertThat(LockHolder.describe("9", "1", "1", "APP", "java", "u", "m", null, "t"))
                .doesNotContain("null").contains("(OS user u on m), logged on at t");
    }
}
