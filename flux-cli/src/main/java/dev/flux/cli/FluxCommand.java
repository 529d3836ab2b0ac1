package dev.flux.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code flux} command and its options, which every subcommand accepts too (before or after its name).
 * Connection settings, highest first: {@code --url}/{@code --user}/{@code --password(-file)}, then
 * {@code FLUX_URL}/{@code FLUX_USER}/{@code FLUX_PASSWORD}, then {@code [connection]} in {@code flux.toml}.
 */
@Command(name = "flux", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        scope = ScopeType.INHERIT, sortOptions = false, usageHelpAutoWidth = true,
        description = "Applies, undoes and verifies database migrations. Documentation: docs/cli.md of flux.",
        subcommands = {InitCommand.class, NewCommand.class, StatusCommand.class, MigrateCommand.class,
            RollbackCommand.class, VerifyCommand.class, RepairCommand.class, BaselineCommand.class,
            ImportFlywayCommand.class, ConvertFlywayCommand.class, CompletionCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a flux error; the first line of stderr is FLUX-<CODE>: what, where, how to fix",
            "2:a usage error, with the usage of the command"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  FLUX_URL, FLUX_USER, FLUX_PASSWORD  the connection: below the options,",
            "                                     above [connection] in flux.toml",
            "  FLUX_CLASSPATH                      like --classpath, when that is not given",
            "  JAVA_HOME, FLUX_OPTS                the Java that runs flux, options for it"})
final class FluxCommand implements Callable<Integer> {
    /** Formats of the output. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(scope = ScopeType.INHERIT,
            names = {"-c", "--config"}, paramLabel = "FILE", description = "the flux.toml to read (default: flux.toml"
            + " in the current folder)")
    Path config;

    @Option(scope = ScopeType.INHERIT,
            names = "--migrations", paramLabel = "DIR", description = "the migration folder; with it no flux.toml"
            + " is needed, the backend then comes from --backend or the URL")
    Path migrations;

    @Option(scope = ScopeType.INHERIT,
            names = "--backend", paramLabel = "NAME", description = "the backend (h2, postgres, oracle, mariadb, ...);"
            + " by default the one of flux.toml, else the one the URL names")
    String backend;

    @Option(scope = ScopeType.INHERIT,
            names = "--url", paramLabel = "JDBC-URL", description = "the database URL")
    String url;

    @Option(scope = ScopeType.INHERIT,
            names = "--user", paramLabel = "NAME", description = "the database user")
    String user;

    @Option(scope = ScopeType.INHERIT,
            names = "--password-file", paramLabel = "FILE", description = "a file holding the database password"
            + " (one line)")
    Path passwordFile;

    @Option(scope = ScopeType.INHERIT,
            names = "--password", paramLabel = "PASSWORD", description = "the database password; it shows in"
            + " the process list, so prefer --password-file or FLUX_PASSWORD")
    String password;

    @Option(scope = ScopeType.INHERIT,
            names = "--classpath", paramLabel = "PATHS", description = "folders and jars (dir/* for every jar"
            + " of a folder), separated by '${sys:path.separator}': Java migrations, JDBC drivers, backends")
    String classpath;

    @Option(scope = ScopeType.INHERIT,
            names = "--format", paramLabel = "FORMAT", description = "text (default) or json: one JSON document"
            + " on stdout")
    Format format = Format.text;

    @Option(scope = ScopeType.INHERIT,
            names = {"-q", "--quiet"}, description = "print only errors and the result")
    boolean quiet;

    @Option(scope = ScopeType.INHERIT,
            names = "--debug", description = "log everything, and show stack traces of errors")
    boolean debug;

    private final Output output;

    FluxCommand(Output output) {
        this.output = output;
    }

    /** The output in the format the command line asked for. */
    Output output() {
        return output.with(format == Format.json, quiet);
    }

    /** The {@code flux.toml} to read: {@code -c}, else the one of the current folder if it exists; or null. */
    Path configFile() {
        if (config != null) {
            return config;
        }
        Path here = Path.of("flux.toml");
        return Files.exists(here) ? here : null;
    }

    /** {@code flux} without a command: its usage, as a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of init, new, status, migrate,"
                + " rollback, verify, repair, completion, help.");
    }
}
