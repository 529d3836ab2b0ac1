package dev.flux.internal.config;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Substitutes {@code ${env:NAME}} (an environment variable) and {@code ${sys:name}} (a system property)
 * in {@code flux.toml} string values. A {@code $} not followed by <code>{</code> is literal; there is no
 * escape for <code>${</code> and no other form of interpolation. Substituted text is not scanned again.
 */
final class Placeholders {
    private final Function<String, String> environment;
    private final Function<String, String> systemProperties;

    Placeholders(Function<String, String> environment, Function<String, String> systemProperties) {
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    /**
     * {@code value} with every placeholder replaced. Each problem goes to {@code problems} as a message
     * naming {@code key}; the placeholder text itself is only repeated when {@code sensitive} is false,
     * and the value never is.
     */
    String substitute(String value, String key, boolean sensitive, Consumer<String> problems) {
        StringBuilder out = new StringBuilder(value.length());
        int from = 0;
        while (true) {
            int start = value.indexOf("${", from);
            if (start < 0) {
                return out.append(value, from, value.length()).toString();
            }
            out.append(value, from, start);
            int end = value.indexOf('}', start + 2);
            if (end < 0) {
                problems.accept(key + ": '${' without a closing '}'; write ${env:NAME} or ${sys:name}");
                return out.append(value, start, value.length()).toString();
            }
            String placeholder = value.substring(start, end + 1);
            String replacement = resolve(value.substring(start + 2, end), key, sensitive, problems);
            out.append(replacement == null ? placeholder : replacement);
            from = end + 1;
        }
    }

    private String resolve(String expression, String key, boolean sensitive, Consumer<String> problems) {
        boolean env = expression.startsWith("env:");
        if (!env && !expression.startsWith("sys:")) {
            String shown = sensitive ? "" : " ${" + expression + "}";
            problems.accept(key + ": unsupported placeholder" + shown
                    + "; only ${env:NAME} and ${sys:name} are supported");
            return null;
        }
        String name = expression.substring(4);
        if (name.isEmpty()) {
            problems.accept(key + ": placeholder ${" + expression + "} names no variable; write ${"
                    + expression + "NAME}");
            return null;
        }
        String found = env ? environment.apply(name) : systemProperties.apply(name);
        if (found == null) {
            problems.accept(env
                    ? key + ": environment variable " + name + " is not set; set it or change the value"
                    : key + ": system property " + name + " is not set; pass -D" + name
                            + "=... or change the value");
        }
        return found;
    }
}
