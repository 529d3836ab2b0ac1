package dev.flux.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code flux.*} properties of a Spring Boot application. {@link #toString()} never shows the password. */
@ConfigurationProperties(prefix = "flux")
public class FluxProperties {
    /** Whether flux migrates the database at start-up. */
    private boolean enabled = true;

    /**
     * A flux.toml to read (a file path); its settings apply where no flux.* property says otherwise. Its
     * [connection] table is not used: the connection is the application's DataSource, or flux.url.
     */
    private String config;

    /**
     * Where the SQL migrations are: a folder on the class path such as classpath:db/flux (read from directories
     * and jars alike), or a file path. Default: classpath:db/flux, unless flux.config names a flux.toml.
     */
    private String migrationDirectory;

    /** Packages (with their sub-packages) scanned for Java migrations, besides JavaMigration beans. */
    private List<String> javaPackages = new ArrayList<>();

    /** Migrate up to and including this version (V5, 5, or a full id) instead of the latest. */
    private String target;

    /** Whether the pre-apply/ and post-apply/ scripts run around each batch. */
    private boolean repeatables = true;

    /** How long to wait for another migrator's lock before start-up fails with FLUX-LOCK. Default 60 s. */
    private Duration lockTimeout;

    /**
     * Whether start-up validates every migration against the history before migrating, and reports every problem
     * at once. flux never applies anything while a migration it would run is broken, whatever this says.
     */
    private boolean validateOnMigrate = true;

    /** The backend's name (h2, postgres, oracle, ...). Default: chosen from the JDBC URL. */
    private String backend;

    /** JDBC URL of a separate connection for migrations (a DDL user, say) instead of the application's DataSource. */
    private String url;

    /** User of the flux.url connection. */
    private String user;

    /** Password of the flux.url connection; never shown in output or logs. */
    private String password;

    /** The backend's options, as under [backend] in flux.toml: flux.backend-options.schema=app. */
    private Map<String, String> backendOptions = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getConfig() {
        return config;
    }

    public void setConfig(String config) {
        this.config = config;
    }

    public String getMigrationDirectory() {
        return migrationDirectory;
    }

    public void setMigrationDirectory(String migrationDirectory) {
        this.migrationDirectory = migrationDirectory;
    }

    public List<String> getJavaPackages() {
        return javaPackages;
    }

    public void setJavaPackages(List<String> javaPackages) {
        this.javaPackages = javaPackages;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isRepeatables() {
        return repeatables;
    }

    public void setRepeatables(boolean repeatables) {
        this.repeatables = repeatables;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isValidateOnMigrate() {
        return validateOnMigrate;
    }

    public void setValidateOnMigrate(boolean validateOnMigrate) {
        this.validateOnMigrate = validateOnMigrate;
    }

    public String getBackend() {
        return backend;
    }

    public void setBackend(String backend) {
        this.backend = backend;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Map<String, String> getBackendOptions() {
        return backendOptions;
    }

    public void setBackendOptions(Map<String, String> backendOptions) {
        this.backendOptions = backendOptions;
    }

    /** Every property but the password, which is masked, and the URL with any password in it hidden. */
    @Override
    public String toString() {
        return "FluxProperties[enabled=" + enabled + ", config=" + config + ", migrationDirectory="
                + migrationDirectory + ", javaPackages=" + javaPackages + ", target=" + target + ", repeatables="
                + repeatables + ", lockTimeout=" + lockTimeout + ", validateOnMigrate=" + validateOnMigrate
                + ", backend=" + backend + ", url=" + (url == null ? null : dev.flux.Secrets.redactUrl(url))
                + ", user=" + user + ", password=" + (password == null ? null : dev.flux.Secrets.MASK)
                + ", backendOptions=" + backendOptions.keySet() + "]";
    }
}
