package dev.flux.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The content of a valid {@code flux.toml} as values, and its text in one of many equivalent layouts:
 * table order, blank lines, comments, basic or literal strings. {@code layout} picks the variant.
 */
record TomlConfig(String backend, String directory, String url, String user, String password,
                  List<String> packages, Boolean applyRepeatable, Map<String, Object> options, long layout) {

    String text() {
        List<String> tables = new ArrayList<>();
        tables.add(table("flux", "backend = " + string(backend, 0), "migration_directory = " + string(directory, 1),
                packages.isEmpty() ? null : "java_packages = [" + String.join(", ", packages.stream()
                        .map(p -> string(p, 2)).toList()) + "]",
                applyRepeatable == null ? null : "apply_repeatable_on_undo = " + applyRepeatable));
        tables.add(table("connection", url == null ? null : "url = " + string(url, 3),
                user == null ? null : "user = " + string(user, 4),
                password == null ? null : "password = " + string(password, 5)));
        List<String> lines = new ArrayList<>();
        options.forEach((k, v) -> lines.add(k + " = " + (v instanceof String s ? string(s, 6) : v)));
        tables.add(table("backend", lines.toArray(String[]::new)));
        if (bit(7)) {
            tables.add(0, tables.remove(2));
        }
        if (bit(8)) {
            tables.add(0, tables.remove(2));
        }
        return (bit(9) ? "# generated\n" : "") + String.join(bit(10) ? "\n\n" : "\n", tables);
    }

    private String table(String name, String... entries) {
        StringBuilder out = new StringBuilder("[" + name + "]" + (bit(11) ? "  # " + name : "") + "\n");
        for (String entry : entries) {
            if (entry != null) {
                out.append(bit(12) ? "  " : "").append(entry).append(bit(13) ? " # note\n" : "\n");
            }
        }
        return out.toString();
    }

    /** A TOML string: literal ('...') where the value allows it and the layout says so, else basic with escapes. */
    private String string(String value, int position) {
        boolean literal = bit(14 + position) && value.chars().noneMatch(c -> c == '\'' || c < 0x20 || c == 0x7f);
        if (literal) {
            return "'" + value + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private boolean bit(int n) {
        return (layout >>> n & 1) == 1;
    }
}
