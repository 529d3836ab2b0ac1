package dev.flux.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitNextStepTest {
    @Test
    void inAProjectTheShortFormIsEnough() {
        assertThat(InitMojo.nextStep(true, "1.2.0"))
                .isEqualTo("Next: mvn flux:new -Dflux.name=\"create users\", write the SQL, then mvn flux:migrate");
    }

    @Test
    void withoutAPomTheHintGivesCommandsThatWorkThere() {
        assertThat(InitMojo.nextStep(false, "1.2.0"))
                .startsWith("Next: mvn dev.flux:flux-maven-plugin:1.2.0:new -Dflux.name=\"create users\","
                        + " write the SQL, then mvn dev.flux:flux-maven-plugin:1.2.0:migrate.")
                .contains("<pluginGroup>dev.flux</pluginGroup>")
                .doesNotContain("mvn flux:new");
    }
}
