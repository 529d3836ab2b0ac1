package dev.flux.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path project;

    private Path flux() {
        return project.resolve("src/main/flux");
    }

    private NewMigration files(String... javaPackages) {
        return new NewMigration(flux(), project.resolve("src/main/java"), List.of(javaPackages), DAY);
    }

    private void touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-- existing\n");
    }

    @Test
    void sqlMigrationIsNamedAfterTheDayWithTheFirstIndexAndHasAnUndoFile() throws Exception {
        List<Path> created = files().sql("add users");

        assertThat(created).containsExactly(flux().resolve("V20261126_001__add_users.sql"),
                flux().resolve("V20261126_001__add_users.undo.sql"));
        assertThat(Files.readString(created.get(0))).startsWith("-- Migration: add users\n");
    }

    @Test
    void indexFollowsTheHighestOfTheSameDayOnly() throws Exception {
        touch(flux().resolve("V20261126_004__older.sql"));
        touch(flux().resolve("V20261125_009__yesterday.sql"));
        touch(flux().resolve("V2__plain.sql"));

        assertThat(files().sql("next")).first().isEqualTo(flux().resolve("V20261126_005__next.sql"));
    }

    @Test
    void javaMigrationsInSubPackagesCountTowardsTheIndex() throws Exception {
        touch(project.resolve("src/main/java/com/acme/db/sub/V20261126_002__Backfill.java"));

        assertThat(files("com.acme.db").sql("then sql")).first()
                .isEqualTo(flux().resolve("V20261126_003__then_sql.sql"));
    }

    @Test
    void javaMigrationIsAPublicClassInTheGivenPackage() throws Exception {
        Path created = files("com.acme.db").java("backfill emails", "com.acme.db");

        assertThat(created).isEqualTo(project.resolve(
                "src/main/java/com/acme/db/V20261126_001__BackfillEmails.java"));
        assertThat(Files.readString(created))
                .startsWith("package com.acme.db;\n")
                .contains("public final class V20261126_001__BackfillEmails implements JavaMigration {")
                .contains("public String apply() {");
    }

    @Test
    void repeatablesAreNumberedInStepsOfTenAfterTheHighest() throws Exception {
        touch(flux().resolve("pre-apply/010_first.sql"));
        touch(flux().resolve("pre-apply/025_second.sql"));

        assertThat(files().repeatable("pre-apply", "drop views"))
                .isEqualTo(flux().resolve("pre-apply/030_drop_views.sql"));
        assertThat(files().repeatable("post-apply", "views")).isEqualTo(flux().resolve("post-apply/010_views.sql"));
    }

    @Test
    void repeatableScriptStartsWithACommentThatIsNoDirective() throws Exception {
        Path created = files().repeatable("post-apply", "flux:views");

        assertThat(Files.readString(created)).startsWith("-- Runs after every batch").doesNotStartWith("-- flux:");
    }

    @Test
    void namesKeepOnlyLettersAndDigits() {
        assertThat(NewMigration.words("  Add users/v2! ", "_")).isEqualTo("Add_users_v2");
        assertThat(NewMigration.words("-add  users", "_")).isEqualTo("add_users");
        assertThat(NewMigration.capitalized(NewMigration.words("backfill e-mails", " "))).isEqualTo("BackfillEMails");
    }

    @Test
    void nameWithoutLettersOrDigitsIsRefusedWithAnExample() {
        assertThatThrownBy(() -> files().sql(" -- "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no letters or digits")
                .hasMessageContaining("write for example \"add users\"");
        assertThat(flux()).doesNotExist();
    }
}
