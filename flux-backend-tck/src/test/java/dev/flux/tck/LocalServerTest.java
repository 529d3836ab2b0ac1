package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class LocalServerTest {
    private static final String VARIABLE = "FLUX_TEST_SOMETHING_URL";
    /** Port 1: nothing listens there, so the attempt reaches no server. */
    private static final String NOBODY = "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=url-pw&connectTimeout=5";

    private static LocalServer server(String url, boolean ci) {
        Map<String, String> environment = ci ? Map.of(VARIABLE, url, "CI", "true") : Map.of(VARIABLE, url);
        return LocalServer.of("PostgreSQL", VARIABLE, "jdbc:h2:mem:unused", "start it (.ci/run does)",
                environment::get);
    }

    @Test
    void aServerThatAnswersRunsTheTests() {
        LocalServer server = server("jdbc:h2:mem:answers", false);

        assertThat(server.skipReason()).isEmpty();
        server.assumeAvailable();
    }

    @Test
    void theDefaultUrlIsUsedWhenTheVariableIsUnsetOrBlank() {
        assertThat(LocalServer.of("H2", VARIABLE, "jdbc:h2:mem:default", "", Map.<String, String>of()::get).url())
                .isEqualTo("jdbc:h2:mem:default");
        assertThat(LocalServer.of("H2", VARIABLE, "jdbc:h2:mem:default", "", Map.of(VARIABLE, " ")::get).url())
                .isEqualTo("jdbc:h2:mem:default");
        assertThat(server("jdbc:h2:mem:given", false).url()).isEqualTo("jdbc:h2:mem:given");
    }

    @Test
    void noServerAnsweringSkipsWithAMessageSayingHowToStartOne() {
        LocalServer server = server(NOBODY, false);

        assertThat(server.skipReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("No PostgreSQL answers at jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=****"
                        + "&connectTimeout=5 ([SQLState 08001] ")
                .endsWith("To run these tests, start it (.ci/run does), or point " + VARIABLE
                        + " at a running server.")
                .doesNotContain("url-pw"));
        assertThat(catchThrowable(server::assumeAvailable)).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("No PostgreSQL answers");
    }

    @Test
    void noServerAnsweringFailsUnderCi() {
        LocalServer server = server(NOBODY, true);

        Throwable failure = catchThrowable(server::skipReason);

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("No PostgreSQL answers at")
                .hasMessageEndingWith("CI=true, so this fails instead of being skipped.");
        assertThat(failure.getMessage()).doesNotContain("url-pw");
        assertThat(catchThrowable(server::assumeAvailable)).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aServerThatRefusesTheConnectionAlwaysFails() throws Exception {
        try (Connection open = DriverManager.getConnection("jdbc:h2:mem:refuses;USER=sa;PASSWORD=right-pw")) {
            LocalServer server = server("jdbc:h2:mem:refuses;USER=sa;PASSWORD=wrong-pw", false);

            Throwable failure = catchThrowable(server::assumeAvailable);

            assertThat(failure).isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("PostgreSQL at jdbc:h2:mem:refuses;USER=sa;PASSWORD=**** answered but"
                            + " refused the test connection: [SQLState 28000] ")
                    .hasMessageEndingWith("Fix the user, password or database in " + VARIABLE + ".");
            assertThat(failure.getMessage()).doesNotContain("wrong-pw", "right-pw");
        }
    }

    @Test
    void theServerIsAskedOnce() throws Exception {
        LocalServer server = server("jdbc:h2:mem:once;IFEXISTS=TRUE", false);
        try (Connection open = DriverManager.getConnection("jdbc:h2:mem:once")) {
            assertThat(server.skipReason()).isEmpty();
        }

        assertThat(catchThrowable(() -> server("jdbc:h2:mem:once;IFEXISTS=TRUE", false).skipReason()))
                .as("a new check: the database is gone").isInstanceOf(AssertionFailedError.class);
        assertThat(server.skipReason()).as("the answer of the first check").isEmpty();
    }

    @Test
    void toStringShowsTheRedactedUrl() {
        assertThat(server(NOBODY, false)).hasToString(
                "PostgreSQL at jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=****&connectTimeout=5");
    }
}
