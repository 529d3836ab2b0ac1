package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.FluxConfiguration;
import dev.flux.FluxException;
import dev.flux.text.NewMigration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flux new NAME [--java|--pre|--post]}: a migration named after today's date and its undo file, a Java
 * migration class, or a repeatable script.
 */
@Command(name = "new", sortOptions = false, description = "Creates V<yyyyMMdd>_<nnn>__<name>.sql and its .undo.sql"
        + " in the migration folder (nnn: the next free index of the day); with --java a Java migration class in"
        + " the first package of java_packages under src/main/java; with --pre or --post a repeatable script in"
        + " pre-apply/ or post-apply/.")
final class NewCommand extends Subcommand {
    @Parameters(paramLabel = "NAME", description = "what the migration does, such as \"add users\"")
    String name;

    @Option(names = "--java", description = "create a Java migration class instead of SQL files")
    boolean java;

    @Option(names = "--pre", description = "create a repeatable script in pre-apply/, run before every batch")
    boolean pre;

    @Option(names = "--post", description = "create a repeatable script in post-apply/, run after every batch")
    boolean post;

    @Override
    void run(Output output) {
        if ((java ? 1 : 0) + (pre ? 1 : 0) + (post ? 1 : 0) > 1) {
            throw usage("give at most one of --java, --pre and --post");
        }
        Path configFile = root.configFile();
        FluxConfiguration config = configFile == null ? null : FluxConfiguration.read(configFile,
                variable -> unsetKept(System.getenv(variable), "env:" + variable),
                property -> unsetKept(System.getProperty(property), "sys:" + property));
        Path base = config != null ? config.directory() : Path.of("").toAbsolutePath();
        Path migrations = root.migrations != null ? root.migrations.toAbsolutePath()
                : config != null ? config.migrationDirectory() : null;
        if (migrations == null) {
            throw new FluxException(ErrorCode.CONFIG, "no flux.toml in " + base + ", so flux does not know where"
                    + " migrations live; run flux init, give -c FILE, or give --migrations DIR.");
        }
        List<String> packages = config == null ? List.of() : config.javaPackages();
        NewMigration files = new NewMigration(migrations, base.resolve("src/main/java"), packages, LocalDate.now());
        List<Path> created;
        try {
            if (java) {
                created = List.of(files.java(name, firstPackage(packages, configFile)));
            } else if (pre || post) {
                created = List.of(files.repeatable(pre ? "pre-apply" : "post-apply", name));
            } else {
                created = files.sql(name);
            }
        } catch (IllegalArgumentException e) {
            throw new FluxException(ErrorCode.CONFIG, e.getMessage());
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "could not create the migration: " + e.getMessage()
                    + "; check that the migration folder is writable.");
        }
        created.forEach(path -> output.info("Created " + base.relativize(path.toAbsolutePath())));
        output.document(Json.object("command", "new", "created", created.stream().map(Path::toString).toList()));
    }

    private static String firstPackage(List<String> packages, Path configFile) {
        if (packages.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, (configFile == null ? "without a flux.toml, flux"
                    : configFile + " lists no java_packages, so flux") + " does not know where Java migrations live;"
                    + " add java_packages = [\"com.example.db\"] under [flux], then run flux new --java again.");
        }
        return packages.get(0);
    }

    /** An unset {@code ${env:...}} (a password kept in CI, say) must not stop flux new: it stays as written. */
    private static String unsetKept(String value, String placeholder) {
        return value != null ? value : "${" + placeholder + "}";
    }
}
