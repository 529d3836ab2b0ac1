package dev.flux.reliability;

import static dev.flux.reliability.BadInput.MIGRATE;
import static dev.flux.reliability.BadInput.Start.BASELINE;
import static dev.flux.reliability.BadInput.Start.EMPTY;

import dev.flux.ErrorCode;
import java.util.List;

/**
 * Broken migration folders: file names, versions, undo files, directives, encodings and edited history.
 * Each is reported with the file it is about; nothing runs.
 */
final class FileInputs {
    private FileInputs() {
    }

    static List<BadInput> all() {
        return List.of(
                BadInput.of("name: one underscore", EMPTY, p -> p.write("V3_add_notes.sql", "SELECT 1;\n"), MIGRATE,
                        ErrorCode.NAME, "V3_add_notes.sql"),
                BadInput.of("name: no version", EMPTY, p -> p.write("add_notes.sql", "SELECT 1;\n"), MIGRATE,
                        ErrorCode.NAME, "add_notes.sql"),
                BadInput.of("name: version 0", EMPTY, p -> p.write("V0__zero.sql", "SELECT 1;\n"), MIGRATE,
                        ErrorCode.NAME, "V0__zero.sql"),
                BadInput.of("name: sql file in an unscanned folder", EMPTY,
                        p -> p.write("old/V5__archived.sql", "SELECT 1;\n"), MIGRATE, ErrorCode.NAME,
                        "old/V5__archived.sql"),
                BadInput.of("duplicate version V2.0", EMPTY, p -> p.write("V2.0__orders_again.sql", "SELECT 1;\n"),
                        MIGRATE, ErrorCode.DUPLICATE, "V2.0__orders_again.sql", "V2__orders"),
                BadInput.of("undo without its migration", EMPTY, p -> p.write("V9__gone.undo.sql", "SELECT 1;\n"),
                        MIGRATE, ErrorCode.ORPHAN_UNDO, "V9__gone.undo.sql"),
                BadInput.of("undo file in pre-apply", EMPTY,
                        p -> p.write("pre-apply/010_views.undo.sql", "SELECT 1;\n"), MIGRATE,
                        ErrorCode.REPEATABLE_UNDO, "pre-apply/010_views.undo.sql"),
                BadInput.of("unknown directive", EMPTY,
                        p -> p.write("V3__notes.sql", "-- flux:no-transactions\nSELECT 1;\n"), MIGRATE,
                        ErrorCode.DIRECTIVE, "V3__notes.sql:1", "no-transactions"),
                BadInput.of("directive after the first statement", EMPTY,
                        p -> p.write("V3__notes.sql", "SELECT 1;\n-- flux:no-transaction\nSELECT 2;\n"), MIGRATE,
                        ErrorCode.DIRECTIVE, "V3__notes.sql:2"),
                BadInput.of("migration not valid UTF-8", EMPTY,
                        p -> p.writeBytes("V3__notes.sql", new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\n',
                                (byte) 0xC3, (byte) 0x28, ';', '\n'}), MIGRATE, ErrorCode.SYNTAX, "V3__notes.sql:2"),
                BadInput.of("java package without migrations", EMPTY,
                        p -> p.replaceInConfig("[connection]",
                                "java_packages = [\"dev.flux.reliability.nomigrations\"]\n\n[connection]"),
                        MIGRATE, ErrorCode.JAVA, "dev.flux.reliability.nomigrations"),
                BadInput.of("pending migration below the applied ones", BASELINE,
                        p -> p.write("V1.5__late.sql", "CREATE TABLE late (id INT);\n"), MIGRATE, ErrorCode.GAP,
                        "V1.5__late.sql", "V2"),
                BadInput.of("applied migration edited", BASELINE,
                        p -> p.write("V1__users.sql", HostileProject.BASELINE_V1 + "-- reviewed\n"), MIGRATE,
                        ErrorCode.CHECKSUM, "V1__users.sql", "changed after it was applied"),
                BadInput.of("applied migration deleted", BASELINE, p -> {
                    p.delete("V2__orders.sql");
                    p.delete("V2__orders.undo.sql");
                }, MIGRATE, ErrorCode.MISSING, "V2__orders"),
                BadInput.of("applied migration renamed", BASELINE, p -> {
                    p.rename("V2__orders.sql", "V2__purchases.sql");
                    p.rename("V2__orders.undo.sql", "V2__purchases.undo.sql");
                }, MIGRATE, ErrorCode.CHECKSUM, "V2__purchases.sql", "applied as V2__orders"));
    }
}
