/**
 * Reading {@code flux.toml} (SPEC §2) and resolving connection settings. Internal: no compatibility
 * guarantees.
 */
package dev.flux.internal.config;
