package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Under JUnit's parallel execution, classes run side by side, each on its own database, its tests one at a time. */
class ParallelTest {
    static final CyclicBarrier bothClassesRunning = new CyclicBarrier(2);
    static final Map<Class<?>, AtomicInteger> inside = Map.of(First.class, new AtomicInteger(),
            Second.class, new AtomicInteger());

    @Test
    void classesRunInParallelAndTheTestsOfAClassOneAtATime() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(First.class), selectClass(Second.class))
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .execute().testEvents().assertStatistics(s -> s.succeeded(10).failed(0));
    }

    static void work(Class<?> owner, FluxDatabase db, int id) throws Exception {
        assertThat(inside.get(owner).incrementAndGet()).as("tests of one class running at once").isEqualTo(1);
        try {
            db.migrateTo("V1");
            db.update("INSERT INTO users (id, name) VALUES (?, 'x')", id);
            Thread.sleep(20);
            String others = owner == First.class ? "id > 100" : "id <= 100";
            assertThat(db.queryValue("SELECT COUNT(*) FROM users WHERE " + others, Integer.class))
                    .as("rows of the other class").isZero();
        } finally {
            inside.get(owner).decrementAndGet();
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class First {
        private static final AtomicInteger next = new AtomicInteger();

        @Test
        void meetsTheOtherClass() throws Exception {
            bothClassesRunning.await(10, TimeUnit.SECONDS);
        }

        @RepeatedTest(4)
        void works(FluxDatabase db) throws Exception {
            work(First.class, db, next.incrementAndGet());
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class Second {
        private static final AtomicInteger next = new AtomicInteger(100);

        @Test
        void meetsTheOtherClass() throws Exception {
            bothClassesRunning.await(10, TimeUnit.SECONDS);
        }

        @RepeatedTest(4)
        void works(FluxDatabase db) throws Exception {
            work(Second.class, db, next.incrementAndGet());
        }
    }
}
