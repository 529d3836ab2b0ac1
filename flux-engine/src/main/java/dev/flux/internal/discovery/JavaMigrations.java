package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.JavaMigration;
import dev.flux.Problem;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Java side of discovery: finds the {@link JavaMigration} classes in the given packages and
 * their sub-packages, instantiates each and calls {@code apply()} and {@code undo()} once. Classes that
 * look like migrations but cannot be one are {@code FLUX-JAVA} or {@code FLUX-NAME} problems; other classes
 * (helpers, abstract bases, nested classes) are left alone. Classes are loaded without being initialised
 * unless they are migrations.
 */
public final class JavaMigrations {
    private final ClassLoader loader;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Migration> migrations = new ArrayList<>();
    private final Map<String, Boolean> examined = new TreeMap<>();

    private JavaMigrations(ClassLoader loader) {
        this.loader = loader;
    }

    /** Scans {@code packages} (such as {@code com.acme.db}) as {@code loader} sees them. */
    public static Discovery scan(ClassLoader loader, List<String> packages) {
        return scan(loader, packages, List.of());
    }

    /**
     * Scans {@code packages} as {@code loader} sees them, and takes {@code instances} as migrations too (objects
     * made elsewhere, such as the beans of a dependency-injection container), each named by its class.
     */
    public static Discovery scan(ClassLoader loader, List<String> packages, List<JavaMigration> instances) {
        JavaMigrations scan = new JavaMigrations(loader);
        instances.forEach(scan::given);
        return scan.scan(packages);
    }

    /** An instance made elsewhere; a generated subclass ({@code V1__x$$Proxy}) is named by the class it extends. */
    private void given(JavaMigration instance) {
        Class<?> type = instance.getClass();
        while (type.getSimpleName().contains("$$") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        String className = type.getName();
        if (examined.put(className, true) != null) {
            return;
        }
        try {
            Migration migration = migrationOf(instance, className, MigrationName.parse(type.getSimpleName()));
            if (migration != null) {
                migrations.add(migration);
            }
        } catch (MigrationName.Invalid e) {
            invalidName(className, e);
        }
    }

    private Discovery scan(List<String> packages) {
        for (String packageName : packages) {
            if (packageName.isBlank()) {
                problems.add(new Problem(ErrorCode.JAVA, "java_packages", "lists an empty package name.",
                        "Remove it from java_packages in flux.toml, or name a package such as com.acme.db."));
                continue;
            }
            int found = 0;
            for (String className : PackageScan.classNames(loader, packageName, problems)) {
                if (examined.computeIfAbsent(className, this::examine)) {
                    found++;
                }
            }
            if (found == 0) {
                problems.add(new Problem(ErrorCode.JAVA, packageName, "package " + packageName
                        + " listed in java_packages has no migration.", "Fix java_packages in flux.toml, "
                        + "or add migrations: public, concrete, top-level classes implementing "
                        + "dev.flux.JavaMigration, compiled and on the class path."));
            }
        }
        List<Migration> kept = Duplicates.removeFrom(migrations, problems);
        return new Discovery(kept, List.of(), List.of(), problems);
    }

    /** Checks one class; true when it is, or is evidently meant to be, a migration. */
    private boolean examine(String className) {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        boolean namedLikeMigration = parses(simpleName);
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (namedLikeMigration) {
                problem(className, "cannot be loaded: " + Failures.describe(e) + ".",
                        "Put the classes it needs on the class path, and compile it for this Java version.");
            }
            return namedLikeMigration;
        }
        if (!JavaMigration.class.isAssignableFrom(type)) {
            return notAMigration(type, namedLikeMigration);
        }
        int modifiers = type.getModifiers();
        if (type.isInterface() || Modifier.isAbstract(modifiers)) {
            if (namedLikeMigration) {
                problem(className, "is abstract.", "Make it a concrete class, or rename it.");
            }
            return namedLikeMigration;
        }
        if (!Modifier.isPublic(modifiers)) {
            if (namedLikeMigration) {
                problem(className, "is not public.", "Declare it public.");
            }
            return namedLikeMigration;
        }
        MigrationName name;
        try {
            name = MigrationName.parse(simpleName);
        } catch (MigrationName.Invalid e) {
            invalidName(className, e);
            return true;
        }
        Migration migration = instantiate(type, name);
        if (migration != null) {
            migrations.add(migration);
        }
        return true;
    }

    private void invalidName(String className, MigrationName.Invalid e) {
        String fix = e.suggestion() != null ? "Rename the class to " + e.suggestion() + "."
                : "Name the class " + MigrationName.PATTERN + ", for example V7__backfill_emails.";
        problems.add(new Problem(ErrorCode.NAME, className,
                "Java migration " + e.reason() + "; expected " + MigrationName.PATTERN + ".", fix));
    }

    private boolean notAMigration(Class<?> type, boolean namedLikeMigration) {
        if (implementsOtherJavaMigration(type)) {
            problem(type.getName(), "implements a dev.flux.JavaMigration loaded by another class loader "
                    + "than flux's, so flux cannot run it.", "Keep a single flux-engine on the class path: "
                    + "do not package flux-engine with the migrations, and let their class loader delegate "
                    + "to the one that loads flux.");
            return true;
        }
        if (namedLikeMigration && !type.isInterface()) {
            problem(type.getName(),
                    "is named like a migration but does not implement dev.flux.JavaMigration.",
                    "Implement dev.flux.JavaMigration, or rename the class.");
            return true;
        }
        return false;
    }

    private Migration instantiate(Class<?> type, MigrationName name) {
        String className = type.getName();
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            problem(className, "has no public no-arg constructor.",
                    "Add a public constructor without parameters.");
            return null;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return migrationOf((JavaMigration) constructor.newInstance(), className, name);
        } catch (InvocationTargetException e) {
            problem(className, "cannot be created: its constructor failed: " + Failures.describe(e.getCause())
                    + ".", "Fix the constructor.");
        } catch (ReflectiveOperationException | LinkageError e) {
            problem(className, "cannot be created: " + Failures.describe(e) + ".",
                    "Fix its static initialisation, and put the classes it needs on the class path.");
        } finally {
            thread.setContextClassLoader(previous);
        }
        return null;
    }

    /** The migration {@code instance} returns the SQL of, or null after reporting why it has none. */
    private Migration migrationOf(JavaMigration instance, String className, MigrationName name) {
        int problemsBefore = problems.size();
        String apply = call(className, "apply()", instance::apply);
        String undo = apply == null ? null : call(className, "undo()", instance::undo);
        if (problems.size() > problemsBefore) {
            return null;
        }
        Script up = new Script(className, ScriptText.normalise(apply), false);
        Script down = undo == null ? null : new Script(className, ScriptText.normalise(undo), false);
        return new Migration(name.version(), name.id(), name.displayDescription(), up, down, Checksum.of(up.text()));
    }

    /** Calls apply() or undo(); what it throws, and null from apply(), are reported and give null. */
    private String call(String className, String method, Supplier<String> body) {
        try {
            String sql = body.get();
            if (sql == null && method.equals("apply()")) {
                problem(className, "apply() returned null.", "Return the SQL to run; it must not be null.");
            }
            return sql;
        } catch (Exception | LinkageError e) {
            problem(className, method + " failed: " + Failures.describe(e) + ".", "Fix " + method + ".");
            return null;
        }
    }

    /** Whether the type implements an interface named dev.flux.JavaMigration that is not flux's own. */
    private static boolean implementsOtherJavaMigration(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                boolean named = face.getName().equals(JavaMigration.class.getName());
                if (named || implementsOtherJavaMigration(face)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean parses(String simpleName) {
        try {
            MigrationName.parse(simpleName);
            return true;
        } catch (MigrationName.Invalid e) {
            return false;
        }
    }

    private void problem(String className, String message, String fix) {
        problems.add(new Problem(ErrorCode.JAVA, className, message, fix));
    }
}
