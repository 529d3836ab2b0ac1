package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.FluxConfiguration;
import dev.flux.FluxException;
import dev.flux.FlywayConversion;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux convert-flyway [--write]}: renames a Flyway folder's files to flux's names. Needs no database. */
@Command(name = "convert-flyway", description = "Lists the renames that turn a Flyway folder into a flux one"
        + " (U5__x.sql to V5__x.undo.sql, R__x.sql to post-apply/), and makes them with --write. Versioned"
        + " files keep their names, so their checksums do not change. Needs no database.")
final class ConvertFlywayCommand extends Subcommand {
    @Option(names = "--write", description = "make the changes; without it, only list them")
    boolean write;

    @Override
    void run(Output output) {
        Path configFile = root.configFile();
        Path migrations = root.migrations != null ? root.migrations.toAbsolutePath()
                : configFile != null ? FluxConfiguration.read(configFile).migrationDirectory() : null;
        if (migrations == null) {
            throw new FluxException(ErrorCode.CONFIG, "flux does not know where the migrations live: give -c FILE"
                    + " or --migrations DIR.");
        }
        FlywayConversion conversion = FlywayConversion.of(migrations);
        conversion.problems().forEach(p -> output.warn("needs a hand: " + p));
        int count = conversion.changes().size();
        String files = count + (count == 1 ? " file" : " files");
        String verb = write ? "  moved " : "  would move ";
        if (write) {
            conversion.write();
        }
        conversion.changes().forEach(c -> output.info(verb + c));
        output.result(count == 0 ? "Nothing to convert: the migration directory already follows flux's names."
                : write ? "Converted " + files + "."
                : "Dry run: " + files + " to move. Nothing was changed; run again with --write to make the changes.");
        output.document(Json.object("command", "convert-flyway", "written", write, "changes",
                conversion.changes().stream().map(Object::toString).toList(), "problems", conversion.problems()));
    }
}
