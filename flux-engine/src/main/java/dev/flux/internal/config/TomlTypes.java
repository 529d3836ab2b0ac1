package dev.flux.internal.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** The TOML type of a tomlj value in words, for messages ("an integer", "a table"); never the value. */
final class TomlTypes {
    private static final Map<Class<?>, String> SCALARS = Map.of(String.class, "a string", Long.class, "an integer",
            Double.class, "a float", Boolean.class, "a boolean", OffsetDateTime.class, "a date-time",
            LocalDateTime.class, "a date-time", LocalDate.class, "a date", LocalTime.class, "a time");

    private TomlTypes() {
    }

    static String describe(Object value) {
        if (value instanceof TomlArray) {
            return "an array";
        } else if (value instanceof TomlTable) {
            return "a table";
        }
        return value == null ? "nothing" : SCALARS.getOrDefault(value.getClass(), "a value of another type");
    }
}
