package dev.flux.maven;

import dev.flux.FluxConfiguration;
import dev.flux.FlywayConversion;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Moves the files of a Flyway project to flux's names, printing each change: undo files {@code U5__x.sql}
 * become {@code V5__x.undo.sql}, repeatable {@code R__} files move to {@code post-apply/}. Versioned files
 * keep their names, so their checksums do not change. A dry run unless {@code -Dflux.write} is given. Needs
 * no database.
 */
@Mojo(name = "convert-flyway", threadSafe = true)
public class ConvertFlywayMojo extends FluxMojo {
    /** Make the changes; without it the goal only lists them. */
    @Parameter(property = "flux.write", defaultValue = "false")
    private boolean write;

    @Override
    protected void run() {
        FlywayConversion conversion = FlywayConversion.of(FluxConfiguration.read(configFile.toPath())
                .migrationDirectory());
        conversion.problems().forEach(p -> getLog().warn("  needs a hand: " + p));
        if (conversion.changes().isEmpty()) {
            getLog().info("Nothing to convert: the migration directory already follows flux's names.");
            return;
        }
        String verb = write ? "  moved " : "  would move ";
        conversion.changes().forEach(c -> getLog().info(verb + c));
        if (write) {
            conversion.write();
            getLog().info("Converted " + files(conversion.changes().size()) + ".");
        } else {
            getLog().info("Dry run: " + files(conversion.changes().size()) + " to move. Nothing was changed;"
                    + " run again with -Dflux.write to make the changes.");
        }
    }

    private static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
