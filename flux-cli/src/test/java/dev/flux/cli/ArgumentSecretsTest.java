package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentSecretsTest {
    @TempDir
    Path folder;

    @Test
    void findsThePasswordsOfTheOptionsTheFileTheUrlAndTheEnvironment() throws IOException {
        Path file = Files.writeString(folder.resolve("pw"), "from-file-Secret\n");
        List<Secrets> secrets = ArgumentSecrets.of(new String[] {"--password=option-Secret", "--password-file",
            file.toString(), "--url", "jdbc:postgresql://app:url-Secret@db/app", "status"},
                Map.of("FLUX_PASSWORD", "env-Secret")::get);

        String text = "option-Secret from-file-Secret url-Secret env-Secret";
        for (Secrets s : secrets) {
            text = s.scrub(text);
        }

        assertThat(text).isEqualTo("**** **** **** ****");
    }

    @Test
    void aPasswordFileLosesOnlyItsLineEnd() {
        assertThat(ArgumentSecrets.stripLineEnd("pw \r\n")).isEqualTo("pw ");
        assertThat(ArgumentSecrets.stripLineEnd("pw\n\n")).isEqualTo("pw\n");
        assertThat(ArgumentSecrets.stripLineEnd("pw")).isEqualTo("pw");
    }
}
