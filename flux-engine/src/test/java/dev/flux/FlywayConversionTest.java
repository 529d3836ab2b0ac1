package dev.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayConversionTest {
    @TempDir
    Path dir;

    private void write(String relative) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-- " + relative + "\n");
    }

    @Test
    void listsEveryChangeWithoutMakingItThenMakesThemAll() throws Exception {
        write("V1__create_users.sql");
        write("U1__drop_users.sql");
        write("V2_1__add_email.sql");
        write("U2.1__add_email.sql");
        write("R__user_view.sql");
        write("afterMigrate.sql");
        write("beforeMigrate__drop_views.sql");
        write("orders/V3__orders.sql");
        write("U9__nothing.sql");
        write("B4__baseline.sql");

        FlywayConversion conversion = FlywayConversion.of(dir);

        assertThat(conversion.changes()).extracting(c -> c.from().toString().replace('\\', '/') + " -> "
                + c.to().toString().replace('\\', '/')).containsExactlyInAnyOrder(
                "U1__drop_users.sql -> V1__create_users.undo.sql",
                "U2.1__add_email.sql -> V2_1__add_email.undo.sql",
                "R__user_view.sql -> post-apply/R__user_view.sql",
                "afterMigrate.sql -> post-apply/afterMigrate.sql",
                "beforeMigrate__drop_views.sql -> pre-apply/beforeMigrate__drop_views.sql",
                "orders/V3__orders.sql -> V3__orders.sql");
        assertThat(conversion.problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("U9__nothing.sql")
                .contains("no V file")).anySatisfy(p -> assertThat(p).startsWith("B4__baseline.sql"));
        assertThat(dir.resolve("U1__drop_users.sql")).as("nothing changed yet").exists();

        String versioned = Files.readString(dir.resolve("V1__create_users.sql"));
        conversion.write();
        assertThat(dir.resolve("V1__create_users.undo.sql")).hasContent("-- U1__drop_users.sql");
        assertThat(dir.resolve("post-apply/R__user_view.sql")).exists();
        assertThat(dir.resolve("V3__orders.sql")).exists();
        assertThat(dir.resolve("U1__drop_users.sql")).doesNotExist();
        assertThat(dir.resolve("V1__create_users.sql")).as("versioned files keep name and content")
                .hasContent(versioned.strip());
        assertThat(FlywayConversion.of(dir).changes()).as("a second run finds nothing left").isEmpty();
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        write("V1__a.sql");
        write("V1__a.undo.sql");
        write("U1__a.sql");
        assertThatThrownBy(() -> FlywayConversion.of(dir).write()).isInstanceOf(FluxException.class)
                .hasMessageContaining("V1__a.undo.sql exists already").hasMessageContaining("Nothing was changed");
        assertThat(dir.resolve("U1__a.sql")).exists();
    }
}
