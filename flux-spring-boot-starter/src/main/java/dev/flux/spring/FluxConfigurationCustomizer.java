package dev.flux.spring;

import dev.flux.Flux;

/**
 * Adjusts the {@link Flux.Builder} after the {@code flux.*} properties were applied and before the {@link Flux}
 * bean is built: add a listener, a backend option, an encoding. Every bean of this type is called, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface FluxConfigurationCustomizer {
    void customize(Flux.Builder builder);
}
