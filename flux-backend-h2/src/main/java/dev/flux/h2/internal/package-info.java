/**
 * The implementation of the H2 backend: history table, migration lock and schema snapshot. No
 * compatibility guarantees; use {@link dev.flux.h2.H2BackendProvider} instead.
 */
package dev.flux.h2.internal;
