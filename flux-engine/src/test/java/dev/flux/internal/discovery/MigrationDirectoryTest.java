package dev.flux.internal.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void readsMigrationsWithUndoAndRepeatablesInOrder() throws IOException {
        write("V1__create_users.sql", "create table users (id int);\n");
        write("V1__create_users.undo.sql", "drop table users;\n");
        write("V2.1__add_email.sql", "alter table users add email varchar(100);\n");
        write("V20261126_001__orders.sql", "create table orders (id int);\n");
        write("pre-apply/020_b.sql", "drop view b;\n");
        write("pre-apply/010_a.sql", "drop view a;\n");
        write("post-apply/010_views.sql", "create view a as select 1;\n");

        Discovery d = scan();

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id, m -> m.version().toString(), Migration::description)
                .containsExactly(
                        tuple("V1__create_users", "1", "create users"),
                        tuple("V2.1__add_email", "2.1", "add email"),
                        tuple("V20261126_001__orders", "20261126_001", "orders"));
        Migration first = d.migrations().get(0);
        assertThat(first.up()).isEqualTo(new Script("V1__create_users.sql", "create table users (id int);\n", false));
        assertThat(first.undo()).isEqualTo(new Script("V1__create_users.undo.sql", "drop table users;\n", false));
        assertThat(first.checksum()).isEqualTo(Checksum.of("create table users (id int);\n"));
        assertThat(d.migrations().get(1).hasUndo()).isFalse();
        assertThat(d.preApply()).extracting(Script::location)
                .containsExactly("pre-apply/010_a.sql", "pre-apply/020_b.sql");
        assertThat(d.postApply()).extracting(Script::location, Script::text)
                .containsExactly(tuple("post-apply/010_views.sql", "create view a as select 1;\n"));
    }

    @Test
    void ordersByVersionNeverByFileName() throws IOException {
        for (String name : new String[] {"V10__j", "V9__i", "V1.10__b", "V1.9__a", "V2_1__c", "V3__d", "V1__z"}) {
            write(name + ".sql", "select 1;");
        }
        assertThat(scan().migrations()).extracting(m -> m.version().toString())
                .containsExactly("1", "1.9", "1.10", "2_1", "3", "9", "10");
    }

    @Test
    void aDirectoryWithNothingInItIsEmpty() {
        Discovery d = scan();
        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void badNamesAreReportedWithWhatIsWrongAndAFix() throws IOException {
        for (String name : new String[] {"v1_x.sql", "V1_x.sql", "V__x.sql", "V1__.sql", "V1.sql", "V0__x.sql"}) {
            write(name, "select 1;");
        }
        Discovery d = scan();
        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code).containsOnly(ErrorCode.NAME);
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-NAME V0__x.sql: uses version 0, which is reserved for the empty database; versions "
                        + "start above 0; expected V<version>__<description>.sql. "
                        + "Name it V<version>__<description>.sql, for example V1__create_users.sql.",
                "FLUX-NAME V1.sql: has no description; expected V<version>__<description>.sql. "
                        + "Rename it to V1__<description>.sql.",
                "FLUX-NAME V1__.sql: has an empty description after '__'; expected "
                        + "V<version>__<description>.sql. Rename it to V1__<description>.sql.",
                "FLUX-NAME V1_x.sql: has a single underscore between version and description; use two; "
                        + "expected V<version>__<description>.sql. Rename it to V1__x.sql.",
                "FLUX-NAME V__x.sql: has no version between 'V' and '__'; expected "
                        + "V<version>__<description>.sql. Name it V<version>__<description>.sql, "
                        + "for example V1__create_users.sql.",
                "FLUX-NAME v1_x.sql: starts with a lower-case 'v' and has a single underscore between version "
                        + "and description; use two; expected V<version>__<description>.sql. "
                        + "Rename it to V1__x.sql.");
    }

    @Test
    void anUpperCaseExtensionIsReportedNotSkipped() throws IOException {
        write("V1__x.SQL", "select 1;");
        assertThat(scan().problems()).extracting(Problem::code, Problem::where, Problem::fix)
                .containsExactly(tuple(ErrorCode.NAME, "V1__x.SQL", "Rename it to V1__x.sql."));
    }

    @Test
    void aBadlyNamedUndoIsANameProblem() throws IOException {
        write("V1_x.undo.sql", "select 1;");
        assertThat(scan().problems()).extracting(Problem::code, Problem::where, Problem::fix)
                .containsExactly(tuple(ErrorCode.NAME, "V1_x.undo.sql", "Rename it to V1__x.undo.sql."));
    }

    @Test
    void equalVersionsAreDuplicatesAndTheFirstFileStays() throws IOException {
        write("V1__a.sql", "select 1;");
        write("V1.0__b.sql", "select 2;");
        write("V1.0__b.undo.sql", "select 3;");
        write("V2__c.sql", "select 4;");
        write("V2__d.sql", "select 5;");

        Discovery d = scan();

        // "V1.0__b.sql" sorts before "V1__a.sql" ('.' before '_'), so it is the one kept
        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V1.0__b", "V2__c");
        assertThat(d.migrations().get(0).hasUndo()).isTrue();
        assertThat(d.problems()).extracting(Problem::code, Problem::where, Problem::message).containsExactly(
                tuple(ErrorCode.DUPLICATE, "V1__a.sql", "has version 1, like V1.0__b.sql."),
                tuple(ErrorCode.DUPLICATE, "V2__d.sql", "has version 2, like V2__c.sql."));
    }

    @Test
    void anUndoWithoutItsUpFileIsAnOrphan() throws IOException {
        write("V1__create_users.sql", "select 1;");
        write("V1__create_user.undo.sql", "select 2;");
        write("V2__gone.undo.sql", "select 3;");

        Discovery d = scan();

        assertThat(d.migrations()).singleElement().satisfies(m -> assertThat(m.hasUndo()).isFalse());
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-ORPHAN-UNDO V1__create_user.undo.sql: is an undo file without its up file "
                        + "V1__create_user.sql. If it undoes V1__create_users.sql, rename it to "
                        + "V1__create_users.undo.sql; otherwise add V1__create_user.sql or delete the undo file.",
                "FLUX-ORPHAN-UNDO V2__gone.undo.sql: is an undo file without its up file V2__gone.sql. "
                        + "Add V2__gone.sql, or delete or rename the undo file.");
    }

    @Test
    void anUndoInPreOrPostApplyIsReported() throws IOException {
        write("pre-apply/010_views.undo.sql", "select 1;");
        write("post-apply/010_views.undo.sql", "select 1;");
        Discovery d = scan();
        assertThat(d.preApply()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code, Problem::where).containsExactly(
                tuple(ErrorCode.REPEATABLE_UNDO, "post-apply/010_views.undo.sql"),
                tuple(ErrorCode.REPEATABLE_UNDO, "pre-apply/010_views.undo.sql"));
    }

    @Test
    void problemsAreOrderedByFileThenLine() throws IOException {
        write("pre-apply/010_views.undo.sql", "select 1;");
        write("V2__gone.undo.sql", "select 1;");
        write("V1__x.sql", "-- flux:b\n-- flux:a\nselect 1;\n-- flux:no-transaction\n");
        write("V1_y.sql", "select 1;");
        assertThat(scan().problems()).extracting(Problem::code, Problem::where).containsExactly(
                tuple(ErrorCode.DIRECTIVE, "V1__x.sql:1"),
                tuple(ErrorCode.DIRECTIVE, "V1__x.sql:2"),
                tuple(ErrorCode.DIRECTIVE, "V1__x.sql:4"),
                tuple(ErrorCode.NAME, "V1_y.sql"),
                tuple(ErrorCode.ORPHAN_UNDO, "V2__gone.undo.sql"),
                tuple(ErrorCode.REPEATABLE_UNDO, "pre-apply/010_views.undo.sql"));
    }

    @Test
    void sqlInOtherSubFoldersIsReportedNotSkipped() throws IOException {
        write("old/V1__x.sql", "select 1;");
        write("a/b/c.sql", "select 1;");
        write("pre-apply/nested/010.sql", "select 1;");
        write("PostApply/010.sql", "select 1;");

        assertThat(scan().problems()).extracting(Problem::code).containsOnly(ErrorCode.NAME);
        assertThat(scan().problems()).extracting(Problem::where, Problem::fix).containsExactly(
                tuple("PostApply/010.sql", "Move it to the top level, or rename the folder to post-apply/ "
                        + "if it holds repeatable scripts."),
                tuple("a/b/c.sql", "Move it to the top level."),
                tuple("old/V1__x.sql", "Move it to the top level."),
                tuple("pre-apply/nested/010.sql", "Move it up into pre-apply/."));
        assertThat(scan().problems().get(1).message())
                .isEqualTo("is in the sub-folder a/; sub-folders other than pre-apply/ and post-apply/ are not "
                        + "scanned.");
    }

    @Test
    void dotFilesDotFoldersAndOtherFilesAreIgnored() throws IOException {
        write("V1__x.sql", "select 1;");
        write(".V2__hidden.sql", "select 2;");
        write(".history/V1__x_old.sql", "select 3;");
        write("pre-apply/.010.sql", "select 4;");
        write("README.md", "# migrations");
        write("V3__notes.sql.bak", "select 5;");
        write("docs/notes.txt", "text");

        Discovery d = scan();

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V1__x");
        assertThat(d.preApply()).isEmpty();
    }

    @Test
    void noTransactionDirectiveIsReadFromTheHeader() throws IOException {
        write("V1__index.sql",
                "-- builds the index online\n\n-- flux:no-transaction\ncreate index concurrently i on t(c);\n");
        write("V1__index.undo.sql", "drop index i;\n");
        write("V2__plain.sql", "--flux:NO-TRANSACTION\nselect 1;");
        write("post-apply/010.sql", "-- FLUX: no-transaction\nselect 1;");

        Discovery d = scan();

        Migration index = d.migrations().get(0);
        assertThat(index.up().noTransaction()).isTrue();
        assertThat(index.undo().noTransaction()).isFalse();
        assertThat(d.postApply().get(0).noTransaction()).isTrue();
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-DIRECTIVE V2__plain.sql:1: unknown directive 'NO-TRANSACTION'. Did you mean "
                        + "'no-transaction'? Known directives: no-transaction, since. Write them as "
                        + "'-- flux:no-transaction' or '-- flux:since V3'.");
    }

    @Test
    void sinceIsReadFromARepeatableScriptsHeaderAndRefusedElsewhere() throws IOException {
        write("post-apply/010_views.sql", "-- the views\n-- flux:since V2_1\ncreate view v as select 1;\n");
        write("post-apply/020_more.sql", "-- flux:since\nselect 1;\n");
        write("pre-apply/010_drop.sql", "drop view if exists v;\n");
        write("V1__x.sql", "-- flux:since V1\nselect 1;\n");

        Discovery d = scan();

        assertThat(d.postApply().get(0).since()).hasToString("2_1");
        assertThat(d.preApply().get(0).since()).isNull();
        assertThat(d.problems()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("V1__x.sql:1", "'since' is for pre-apply/ and post-apply/ scripts; a versioned migration runs"
                        + " at its own version."),
                tuple("post-apply/020_more.sql:1", "'since' needs the version from which the script runs."));
    }

    @Test
    void anUndoHasItsOwnDirectives() throws IOException {
        write("V1__x.sql", "select 1;");
        write("V1__x.undo.sql", "-- flux:no-transaction\ndrop index concurrently i;");
        Migration m = scan().migrations().get(0);
        assertThat(m.up().noTransaction()).isFalse();
        assertThat(m.undo().noTransaction()).isTrue();
    }

    @Test
    void unknownDirectivesAreReportedWithTheirLine() throws IOException {
        write("V1__x.sql", "-- a comment\n-- flux:no-transacton\n-- flux:autocommit\n-- flux:\nselect 1;");
        Discovery d = scan();
        assertThat(d.problems()).extracting(Problem::code).containsOnly(ErrorCode.DIRECTIVE);
        assertThat(d.problems()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("V1__x.sql:2", "unknown directive 'no-transacton'."),
                tuple("V1__x.sql:3", "unknown directive 'autocommit'."),
                tuple("V1__x.sql:4", "empty directive."));
        assertThat(d.problems().get(0).fix()).startsWith("Did you mean 'no-transaction'?");
        assertThat(d.problems().get(1).fix()).startsWith("Known directives: no-transaction, since.");
        assertThat(d.migrations()).as("still listed, so that status does not call it missing").hasSize(1);
    }

    @Test
    void aDirectiveAfterTheFirstStatementIsReported() throws IOException {
        write("V1__x.sql", "\ncreate table t (id int);\n\n  -- flux:no-transaction\n");
        Discovery d = scan();
        assertThat(d.migrations().get(0).up().noTransaction()).isFalse();
        assertThat(d.problems()).extracting(Problem::code, Problem::where, Problem::message).containsExactly(
                tuple(ErrorCode.DIRECTIVE, "V1__x.sql:4",
                        "directive 'no-transaction' comes after the first statement (line 2)."));
        assertThat(d.problems().get(0).fix()).contains("directives must come before the first statement");
    }

    @Test
    void lineNumbersCountCrlfLinesOnce() throws IOException {
        Files.write(dir.resolve("V1__x.sql"), "\uFEFF-- x\r\n\r\n-- flux:nope\r\nselect 1;".getBytes(UTF_8));
        assertThat(scan().problems()).extracting(Problem::where).containsExactly("V1__x.sql:3");
    }

    @Test
    void crlfAndBomCopiesHaveTheChecksumOfTheLfCopy() throws IOException {
        write("V1__lf.sql", "select 1;\nselect 2;\n");
        Files.write(dir.resolve("V2__crlf.sql"), "\uFEFFselect 1;\r\nselect 2;\r\n".getBytes(UTF_8));
        Discovery d = scan();
        assertThat(d.migrations().get(1).checksum()).isEqualTo(d.migrations().get(0).checksum());
        assertThat(d.migrations().get(1).up().text()).isEqualTo("select 1;\nselect 2;\n");
    }

    @Test
    void invalidUtf8IsReportedWithFileAndLine() throws IOException {
        Files.write(dir.resolve("V1__latin1.sql"), "select 1;\nselect 'caf\u00e9';\n".getBytes("ISO-8859-1"));
        write("V2__fine.sql", "select 2;");
        Discovery d = scan();
        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V2__fine");
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-SYNTAX V1__latin1.sql:2: not valid UTF-8: byte 0xE9 at offset 21 (line 2). "
                        + "Fix the file, or set encoding in flux.toml to the charset it is written in.");
    }

    @Test
    void theConfiguredCharsetIsUsed() throws IOException {
        Files.write(dir.resolve("V1__latin1.sql"), "select 'caf\u00e9';".getBytes("ISO-8859-1"));
        Discovery d = MigrationDirectory.scan(dir, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations().get(0).up().text()).isEqualTo("select 'caf\u00e9';");
    }

    @Test
    void aMissingDirectoryIsAConfigErrorThatSaysHowToFixIt() {
        Path missing = dir.resolve("src/main/flux");
        assertThatThrownBy(() -> MigrationDirectory.scan(missing, UTF_8))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessage("FLUX-CONFIG: migration directory " + missing
                        + " does not exist; create it, or fix migration_directory in flux.toml");
    }

    @Test
    void aFileInsteadOfADirectoryIsAConfigError() throws IOException {
        Path file = write("flux", "not a folder");
        assertThatThrownBy(() -> MigrationDirectory.scan(file, UTF_8))
                .isInstanceOf(FluxException.class)
                .hasMessageContaining(file + " is not a directory");
    }

    private Discovery scan() {
        return MigrationDirectory.scan(dir, UTF_8);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
