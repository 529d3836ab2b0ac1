package dev.flux.spi;

/** One statement of a script, as the database receives it, and the 1-based line it starts on. */
public record SqlStatement(String sql, int line) {
}
