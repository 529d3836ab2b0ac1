package dev.flux.h2.internal;

/** A table by schema and name, as {@code INFORMATION_SCHEMA} spells them. */
record TableKey(String schema, String table) {
}
