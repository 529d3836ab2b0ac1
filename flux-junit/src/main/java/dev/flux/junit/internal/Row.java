package dev.flux.junit.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One row of a query: column labels to values, in column order, looked up without regard to case
 * ({@code get("email")} finds {@code EMAIL}). Two columns whose labels differ only in case keep the first.
 */
final class Row extends AbstractMap<String, Object> {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    @Override
    public Object put(String label, Object value) {
        String first = labels.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        return first != null ? values.get(first) : values.put(label, value);
    }

    @Override
    public Object get(Object label) {
        String actual = label instanceof String s ? labels.get(s.toLowerCase(Locale.ROOT)) : null;
        return actual == null ? null : values.get(actual);
    }

    @Override
    public boolean containsKey(Object label) {
        return label instanceof String s && labels.containsKey(s.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(values).entrySet();
    }
}
