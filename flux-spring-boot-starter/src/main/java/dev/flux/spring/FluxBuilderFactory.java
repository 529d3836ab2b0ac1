package dev.flux.spring;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.BackendProviders;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Makes the {@link Flux.Builder} that the {@code flux.*} properties describe: which database (a
 * {@link FluxDataSource} bean, else {@code flux.url}, else the application's single DataSource), which backend
 * ({@code flux.backend}, else flux.toml's, else the one that serves the JDBC URL), and every other setting.
 */
final class FluxBuilderFactory {
    static final String DEFAULT_DIRECTORY = "classpath:db/flux";

    private final FluxProperties properties;
    private final ClassLoader loader;

    FluxBuilderFactory(FluxProperties properties, ClassLoader loader) {
        this.properties = properties;
        this.loader = loader;
    }

    Flux.Builder builder(DataSource marked, ObjectProvider<DataSource> dataSources) {
        Flux.Builder builder = Flux.builder().classLoader(loader).withoutConnectionSettings();
        DataSource dataSource = connect(builder, marked, dataSources);
        boolean toml = has(properties.getConfig());
        if (toml) {
            builder.config(Path.of(properties.getConfig()));
        }
        if (has(properties.getBackend())) {
            builder.backend(properties.getBackend());
        } else if (!toml) {
            builder.backend(backendFor(dataSource == null ? properties.getUrl() : urlOf(dataSource)));
        }
        String directory = properties.getMigrationDirectory();
        if (directory != null && !directory.isBlank()) {
            builder.migrationDirectory(directory);
        } else if (!toml) {
            builder.migrationDirectory(DEFAULT_DIRECTORY);
        }
        if (!properties.getJavaPackages().isEmpty()) {
            builder.javaPackages(properties.getJavaPackages().toArray(String[]::new));
        }
        builder.repeatables(properties.isRepeatables());
        properties.getBackendOptions().forEach((name, value) -> builder.backendOption(name, optionValue(value)));
        if (properties.getLockTimeout() != null) {
            builder.lockTimeout(properties.getLockTimeout());
        }
        return builder;
    }

    /** Gives the builder its database; returns the DataSource, or null for {@code flux.url}. */
    private DataSource connect(Flux.Builder builder, DataSource marked, ObjectProvider<DataSource> dataSources) {
        if (marked != null) {
            builder.dataSource(marked);
            return marked;
        }
        if (has(properties.getUrl())) {
            builder.url(properties.getUrl()).user(properties.getUser()).password(properties.getPassword());
            return null;
        }
        DataSource single = dataSources.getIfUnique();
        if (single == null) {
            throw new FluxException(ErrorCode.CONFIG, "the application has several DataSource beans and none is "
                    + "@Primary, so flux does not know which one to migrate; mark one with @FluxDataSource, "
                    + "or set flux.url");
        }
        builder.dataSource(single);
        return single;
    }

    /** The name of the installed backend that serves {@code url}. */
    private String backendFor(String url) {
        return BackendProviders.forUrl(url, loader).map(BackendProvider::name).orElseThrow(() -> new FluxException(
                ErrorCode.BACKEND, "no installed flux backend serves " + Secrets.redactUrl(url) + " (installed: "
                        + String.join(", ", BackendProviders.installed(loader).keySet()) + "); add the backend's "
                        + "dependency (dev.flux:flux-backend-<name>), or set flux.backend"));
    }

    /** The JDBC URL of {@code dataSource}, as its driver reports it; one connection is taken and given back. */
    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).exception("could not connect to the application's DataSource"
                    + " to see which database it is", "Check the spring.datasource.* settings, or set flux.backend.");
        }
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    /** The value of a {@code flux.backend-options.*} property as flux.toml would type it: a number, a boolean, text. */
    static Object optionValue(String value) {
        String v = value.strip();
        if (v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        return value;
    }
}
