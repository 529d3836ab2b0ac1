package dev.flux.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The modules whose main classes the rules look at: the one place that lists them. A new backend or front
 * end is one line here (for example {@code MARIADB("flux-backend-mariadb", "dev.flux.mariadb", Kind.BACKEND,
 * "org.mariadb..")}, {@code CLI("flux-cli", "dev.flux.cli", Kind.FRONT_END)}, {@code SPRING(
 * "flux-spring-boot-starter", "dev.flux.spring", Kind.FRONT_END)}) and a test dependency on it in this
 * module's pom.
 */
enum Module {
    ENGINE("flux-engine", "dev.flux", Kind.ENGINE),
    BACKEND_TCK("flux-backend-tck", "dev.flux.tck", Kind.KIT),
    H2("flux-backend-h2", "dev.flux.h2", Kind.BACKEND, "org.h2.."),
    POSTGRES("flux-backend-postgres", "dev.flux.postgres", Kind.BACKEND, "org.postgresql..", "org.testcontainers..",
            "org.slf4j.."),
    ORACLE("flux-backend-oracle", "dev.flux.oracle", Kind.BACKEND, "oracle..", "org.testcontainers..",
            "org.slf4j.."),
    MARIADB("flux-backend-mariadb", "dev.flux.mariadb", Kind.BACKEND, "org.mariadb.."),
    MAVEN_PLUGIN("flux-maven-plugin", "dev.flux.maven", Kind.FRONT_END),
    JUNIT("flux-junit", "dev.flux.junit", Kind.FRONT_END),
    SPRING("flux-spring-boot-starter", "dev.flux.spring", Kind.FRONT_END, "org.springframework..",
            "org.apache.commons.logging.."),
    CLI("flux-cli", "dev.flux.cli", Kind.FRONT_END, "picocli..");

    /** What a module is to the rules. */
    enum Kind {
        /** The engine: the public API and SPI, and its internals. */
        ENGINE,
        /** A database backend, a plugin found by {@link java.util.ServiceLoader}. */
        BACKEND,
        /** A tool built on the public API: the Maven plugin, the JUnit extension, the command line, ... */
        FRONT_END,
        /** A test kit for backends. */
        KIT
    }

    /** The packages of the public API and SPI, which every module may use. */
    static final List<String> API = List.of("dev.flux", "dev.flux.spi");
    /** The packages of the JDK a module may use. */
    static final List<String> JDK = List.of("java..", "javax..");

    private final String artifactId;
    private final String rootPackage;
    private final Kind kind;
    private final List<String> libraries;
    private final Pattern location;

    Module(String artifactId, String rootPackage, Kind kind, String... libraries) {
        this.artifactId = artifactId;
        this.rootPackage = rootPackage;
        this.kind = kind;
        this.libraries = List.of(libraries);
        // target/classes or target/<artifactId>-<version>.jar in the reactor, or the jar in a local repository
        this.location = Pattern.compile(".*/" + Pattern.quote(artifactId) + "(/|-\\d[^/]*\\.jar).*");
    }

    String artifactId() {
        return artifactId;
    }

    /** The package that holds every package of this module, such as {@code dev.flux.h2}. */
    String rootPackage() {
        return rootPackage;
    }

    /** The root package and its sub-packages, in ArchUnit's notation ({@code dev.flux.h2..}). */
    String packages() {
        return rootPackage + "..";
    }

    Kind kind() {
        return kind;
    }

    /** The libraries besides the JDK that a backend (or a front end built on a framework) may use, in ArchUnit's notation ({@code org.h2..}). */
    List<String> libraries() {
        return libraries;
    }

    /** Whether {@code javaClass} was loaded from this module's classes or jar. */
    boolean holds(JavaClass javaClass) {
        return javaClass.getSource().map(source -> location.matcher(source.getUri().toString()).matches())
                .orElse(false);
    }

    /** The module {@code javaClass} was loaded from, if it is one of these. */
    static Optional<Module> of(JavaClass javaClass) {
        return Arrays.stream(values()).filter(module -> module.holds(javaClass)).findFirst();
    }

    static Stream<Module> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(module -> module.kind == kind);
    }
}
