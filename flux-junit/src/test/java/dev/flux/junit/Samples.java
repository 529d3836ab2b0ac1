package dev.flux.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.flux.spi.SchemaSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Sample test classes run through JUnit's {@code EngineTestKit}, how their tests ended, and where their
 * databases ended. Samples are static nested classes of the test that runs them, so Surefire does not run
 * them on their own; a sample that records its end calls {@link #recordEnd} from an {@code @AfterAll} method.
 */
final class Samples {
    private static final Map<Class<?>, End> ENDS = new ConcurrentHashMap<>();

    private Samples() {
    }

    /** What a sample's database held after its last test: its version and the columns of each table. */
    record End(String version, Map<String, List<String>> tables) {
        static End of(FluxDatabase db) {
            Map<String, List<String>> tables = new TreeMap<>();
            for (SchemaSnapshot.Table table : db.schema().tables()) {
                tables.put(table.name(), table.columns().stream().map(SchemaSnapshot.Column::name).toList());
            }
            return new End(db.version().toString(), tables);
        }
    }

    static EngineExecutionResults run(Class<?> sample) {
        return run(sample, Map.of());
    }

    /** Runs {@code sample} with JUnit configuration {@code parameters}; what it recorded before is forgotten. */
    static EngineExecutionResults run(Class<?> sample, Map<String, String> parameters) {
        ENDS.remove(sample);
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameters(parameters).execute();
    }

    /** Called by {@code sample}'s {@code @AfterAll} method. */
    static void recordEnd(Class<?> sample, FluxDatabase db) {
        ENDS.put(sample, End.of(db));
    }

    /** Where {@code sample}'s database ended in its latest run; fails when its {@code @AfterAll} did not run. */
    static End end(Class<?> sample) {
        End end = ENDS.get(sample);
        if (end == null) {
            throw new AssertionError(sample.getSimpleName() + " recorded no end: its @AfterAll method did not run");
        }
        return end;
    }

    /**
     * How each test that was started or skipped ended, by display name, in the order they ended:
     * {@code SUCCESSFUL}, {@code FAILED}, {@code ABORTED} or {@code SKIPPED}. Failures are told apart by
     * their messages with the conditions of {@code EventConditions}.
     */
    static Map<String, String> outcomes(Events tests) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Event event : tests.list()) {
            String name = event.getTestDescriptor().getDisplayName();
            if (event.getType() == EventType.SKIPPED) {
                outcomes.put(name, "SKIPPED");
            } else if (event.getType() == EventType.FINISHED) {
                outcomes.put(name, event.getRequiredPayload(TestExecutionResult.class).getStatus().name());
            }
        }
        return outcomes;
    }
}
