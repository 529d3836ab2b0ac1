package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueIdSubstring;

import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Under JUnit's parallel execution, classes run side by side, each on its own database, its tests one at a
 * time. Each test of one sample class waits, after inserting its row, for a test of the other (a barrier of
 * two): so both classes provably run at once, and each test looks for the other class's rows while the other
 * class has written them. A sample class whose tests ran at once would find two of its own tests inside.
 */
class ParallelTest {
    private static final int REPETITIONS = 4;
    static final CyclicBarrier bothClassesInside = new CyclicBarrier(2);
    static final Map<Class<?>, AtomicInteger> inside = Map.of(First.class, new AtomicInteger(),
            Second.class, new AtomicInteger());

    @Test
    void classesRunInParallelEachOnItsOwnDatabaseAndTheTestsOfAClassOneAtATime() {
        bothClassesInside.reset();
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(First.class), selectClass(Second.class))
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .execute().testEvents();

        for (Class<?> sample : inside.keySet()) {
            tests.assertThatEvents().as("tests of " + sample.getSimpleName()).haveExactly(REPETITIONS,
                    event(test(), uniqueIdSubstring(sample.getName()), finishedSuccessfully()));
        }
        tests.assertStatistics(s -> s.started(2 * REPETITIONS).succeeded(2 * REPETITIONS));
    }

    static void work(Class<?> owner, FluxDatabase db, int id) throws Exception {
        assertThat(inside.get(owner).incrementAndGet()).as("tests of one class running at once").isEqualTo(1);
        try {
            db.migrateTo("V1");
            db.update("INSERT INTO users (id, name) VALUES (?, 'x')", id);
            bothClassesInside.await(10, TimeUnit.SECONDS); // the other class has inserted its row too
            String others = owner == First.class ? "id > 100" : "id <= 100";
            assertThat(db.queryValue("SELECT COUNT(*) FROM users WHERE " + others, Integer.class))
                    .as("rows of the other class").isZero();
            bothClassesInside.await(10, TimeUnit.SECONDS); // neither leaves before both have looked
        } finally {
            inside.get(owner).decrementAndGet();
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class First {
        private static final AtomicInteger next = new AtomicInteger();

        @RepeatedTest(REPETITIONS)
        void works(FluxDatabase db) throws Exception {
            work(First.class, db, next.incrementAndGet());
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class Second {
        private static final AtomicInteger next = new AtomicInteger(100);

        @RepeatedTest(REPETITIONS)
        void works(FluxDatabase db) throws Exception {
            work(Second.class, db, next.incrementAndGet());
        }
    }
}
