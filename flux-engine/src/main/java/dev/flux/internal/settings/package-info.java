/**
 * The settings a {@link dev.flux.Flux} runs with, resolved once from what its builder was given
 * ({@link dev.flux.internal.settings.Given}), {@code flux.toml}, system properties, the environment and
 * build-tool credentials, into one small immutable value per feature. Internal: no compatibility guarantees.
 */
package dev.flux.internal.settings;
