package dev.flux.junit.internal;

import dev.flux.spi.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies of a class's database kept at versions that its tests ask for, to be copied again instead of
 * replaying migrations; and how often each version was asked for. At most {@code max} are kept.
 */
final class Templates implements AutoCloseable {
    private final Map<Integer, TestDatabase> byPosition = new TreeMap<>();
    private final Map<Integer, Integer> requests = new HashMap<>();
    private final int max;

    Templates(int max) {
        this.max = max;
    }

    /** Counts one more request for {@code position}; returns how many there were, this one included. */
    int request(int position) {
        return requests.merge(position, 1, Integer::sum);
    }

    Map<Integer, TestDatabase> all() {
        return byPosition;
    }

    boolean has(int position) {
        return byPosition.containsKey(position);
    }

    boolean full() {
        return byPosition.size() >= max;
    }

    void add(int position, TestDatabase template) {
        byPosition.put(position, template);
    }

    /** Drops every template; the first failure is thrown once all were tried. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (TestDatabase t : byPosition.values()) {
            try {
                t.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        byPosition.clear();
        if (first != null) {
            throw first;
        }
    }
}
