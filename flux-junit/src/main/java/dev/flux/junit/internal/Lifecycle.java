package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import dev.flux.junit.FluxDatabase;
import dev.flux.junit.FluxTest;
import dev.flux.junit.MigrateTo;
import dev.flux.junit.RollbackAfter;
import dev.flux.spi.BackendProvider;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * What {@code FluxExtension} does at each point of a test's life. The run's {@link Servers} live in the
 * root store, a class's {@link ClassDatabase} in the store of its outermost class, a test's prior version
 * and connections in the test's store; all are closed by JUnit with their store.
 */
public final class Lifecycle {
    private static final String PRIOR_VERSION = "prior version";

    private final Namespace namespace;
    private final Path config;
    private final Boolean repeatables;

    /**
     * @param namespace   the extension's namespace
     * @param config      the {@code flux.toml} a builder gave, or null to read {@code @FluxTest}
     * @param repeatables the builder's choice, or null to read {@code @FluxTest}
     */
    public Lifecycle(Namespace namespace, Path config, Boolean repeatables) {
        this.namespace = namespace;
        this.config = config;
        this.repeatables = repeatables;
    }

    /** Skips a class, with the message that says how, when its backend has no database here. */
    public ConditionEvaluationResult condition(ExtensionContext context) {
        if (context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test class");
        }
        Settings settings = settings(context);
        Servers servers = servers(context);
        Servers.Server server = servers.server(servers.backend(settings), settings);
        return server.server() == null ? ConditionEvaluationResult.disabled(server.missing())
                : ConditionEvaluationResult.enabled("database: " + server.server().description());
    }

    /** Remembers the version for {@code @RollbackAfter}, then makes the move of {@code @MigrateTo}. */
    public void beforeEach(ExtensionContext context) {
        ClassDatabase db = database(context);
        if (find(context, RollbackAfter.class).isPresent()) {
            context.getStore(namespace).put(PRIOR_VERSION, db.mark());
        }
        Optional<MigrateTo> migrateTo = find(context, MigrateTo.class);
        if (migrateTo.isEmpty()) {
            return;
        }
        String target = migrateTo.get().value();
        if (target.isBlank()) {
            throw new ExtensionConfigurationException("@MigrateTo on " + where(context, MigrateTo.class)
                    + " names no version; write it like @MigrateTo(\"V5\").");
        }
        try {
            db.moveForTest(target);
        } catch (FluxException e) {
            if (e.code() != ErrorCode.TARGET) {
                throw e;
            }
            throw new ExtensionConfigurationException("@MigrateTo(\"" + target + "\") on "
                    + where(context, MigrateTo.class) + ": " + e.getMessage());
        }
    }

    /**
     * Returns to the version remembered for {@code @RollbackAfter}: to the database used before the test,
     * with its data, when it was kept while the test used another.
     */
    public void afterEach(ExtensionContext context) {
        ClassDatabase.Mark prior = context.getStore(namespace).remove(PRIOR_VERSION, ClassDatabase.Mark.class);
        if (prior != null) {
            database(context).returnTo(prior);
        }
    }

    public boolean supports(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        return type == Connection.class || type == DataSource.class || type == FluxDatabase.class;
    }

    /** A connection is closed when the test (or class) that received it ends. */
    public Object resolve(ParameterContext parameter, ExtensionContext context) {
        ClassDatabase db = database(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == FluxDatabase.class) {
            return db;
        }
        if (type == DataSource.class) {
            return db.dataSource();
        }
        try {
            Connection connection = db.dataSource().getConnection();
            context.getStore(namespace).put(connection, connection);
            return connection;
        } catch (SQLException e) {
            throw new ParameterResolutionException("could not open a connection to the test database " + db
                    + ": " + SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(db::scrub).databaseMessage());
        }
    }

    private ClassDatabase database(ExtensionContext context) {
        Settings settings = settings(context);
        ExtensionContext outer = context;
        while (outer.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            outer = outer.getParent().get();
        }
        ExtensionContext owner = outer;
        ClassDatabase db = outer.getStore(namespace).getOrComputeIfAbsent(ClassDatabase.class,
                k -> open(owner, settings), ClassDatabase.class);
        Settings shared = db.settings();
        if (!shared.config().equals(settings.config()) || shared.repeatables() != settings.repeatables()) {
            throw new ExtensionConfigurationException(context.getRequiredTestClass().getName() + " shares the"
                    + " database of " + owner.getRequiredTestClass().getName() + ", which uses " + shared.config()
                    + (shared.repeatables() ? "" : " without repeatables") + ", but asks for " + settings.config()
                    + (settings.repeatables() ? "" : " without repeatables") + ". Declare @FluxTest on the outer"
                    + " class only.");
        }
        return db;
    }

    private ClassDatabase open(ExtensionContext owner, Settings settings) {
        Servers servers = servers(owner);
        BackendProvider backend = servers.backend(settings);
        Servers.Server server = servers.server(backend, settings);
        if (server.server() == null) {
            throw new TestAbortedException(server.missing());
        }
        String name = owner.getRequiredTestClass().getSimpleName().replaceAll("[^A-Za-z0-9_]", "_");
        return ClassDatabase.open(server.server(), settings.withBackend(backend.name()),
                name.substring(0, Math.min(name.length(), 30)));
    }

    private Servers servers(ExtensionContext context) {
        return context.getRoot().getStore(namespace).getOrComputeIfAbsent(Servers.class, k -> new Servers(),
                Servers.class);
    }

    private Settings settings(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<FluxTest> declared =
                AnnotationSupport.findAnnotation(testClass, FluxTest.class, context.getEnclosingTestClasses());
        if (config != null && declared.isPresent()) {
            throw new ExtensionConfigurationException(testClass.getName() + " has @FluxTest and also registers a"
                    + " FluxExtension built with FluxExtension.builder(); keep only one of them.");
        }
        Path file = config != null ? config : Path.of(declared.map(FluxTest::config).orElse("flux.toml"));
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ExtensionConfigurationException(testClass.getName() + ": " + absolute + " does not exist."
                    + " Give the path of flux.toml relative to the working directory (" + Path.of("").toAbsolutePath()
                    + ") with @FluxTest(config = \"...\") or FluxExtension.builder().config(...).");
        }
        boolean runRepeatables = repeatables != null ? repeatables : declared.map(FluxTest::repeatables).orElse(true);
        return Settings.of(absolute, runRepeatables, name -> context.getConfigurationParameter(name)
                .or(() -> Optional.ofNullable(System.getProperty(name))), System::getenv);
    }

    private static <A extends Annotation> Optional<A> find(ExtensionContext context, Class<A> type) {
        Optional<A> onMethod = AnnotationSupport.findAnnotation(context.getTestMethod(), type);
        return onMethod.isPresent() ? onMethod
                : AnnotationSupport.findAnnotation(context.getRequiredTestClass(), type,
                context.getEnclosingTestClasses());
    }

    private static String where(ExtensionContext context, Class<? extends Annotation> type) {
        String method = context.getTestMethod().filter(m -> AnnotationSupport.isAnnotated(m, type))
                .map(m -> "." + m.getName() + "()").orElse("");
        return context.getRequiredTestClass().getName() + method;
    }
}
