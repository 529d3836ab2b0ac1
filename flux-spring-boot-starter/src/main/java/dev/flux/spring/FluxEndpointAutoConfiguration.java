package dev.flux.spring;

import dev.flux.Flux;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code flux} Actuator endpoint, when Actuator is on the class path and a {@link Flux} bean exists. */
@AutoConfiguration(after = FluxAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
public class FluxEndpointAutoConfiguration {
    @Bean
    @ConditionalOnBean(Flux.class)
    @ConditionalOnMissingBean
    public FluxEndpoint fluxEndpoint(Flux flux) {
        return new FluxEndpoint(flux);
    }
}
