/**
 * Reading {@code flux.toml} and resolving connection settings. Internal: no compatibility
 * guarantees.
 */
package dev.flux.internal.config;
