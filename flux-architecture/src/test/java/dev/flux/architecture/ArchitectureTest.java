package dev.flux.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The public boundary between flux's modules, checked on the main classes of every module of {@link Module}
 * (test classes are left out): what a third party can build a backend or a front end with is what flux's
 * own modules use.
 */
class ArchitectureTest {
    private static final String INTERNAL = "dev.flux.internal..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.flux");

    @Test
    void everyModuleOfTheTableIsOnTheClassPath() {
        for (Module module : Module.values()) {
            assertThat(MAIN.stream().filter(module::holds)).as(module.artifactId() + " (add it to the pom of"
                    + " flux-architecture as a test dependency)").isNotEmpty();
        }
    }

    @Test
    void noClassOutsideTheEngineUsesItsInternals() {
        noClasses().that(outside(Module.ENGINE)).should().dependOnClassesThat()
                .resideInAPackage(INTERNAL)
                .because("backends and front ends, like a third party's, have only the public API and SPI")
                .check(MAIN);
    }

    @Test
    void theApiAndSpiExposeNoInternalType() {
        classes().that(in(Module.ENGINE)).and().resideInAnyPackage(Module.API.toArray(String[]::new))
                .should(exposeNoInternalType())
                .check(MAIN);
    }

    @TestFactory
    Stream<DynamicTest> aBackendUsesOnlyTheApiItsOwnPackagesTheJdkAndItsLibraries() {
        return Module.ofKind(Module.Kind.BACKEND).map(backend -> DynamicTest.dynamicTest(backend.artifactId(), () -> {
            List<String> allowed = new ArrayList<>(Module.API);
            allowed.add(backend.packages());
            allowed.addAll(Module.JDK);
            allowed.addAll(backend.libraries());
            classes().that().resideInAPackage(backend.packages())
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .because("a backend is a plugin built on the SPI, as a third party's would be")
                    .check(MAIN);
        }));
    }

    @Test
    void theEngineNeverNamesABackend() {
        noClasses().that(in(Module.ENGINE)).should().dependOnClassesThat()
                .resideInAnyPackage(Module.ofKind(Module.Kind.BACKEND).map(Module::packages).toArray(String[]::new))
                .because("the engine finds backends with ServiceLoader only")
                .check(MAIN);
    }

    @TestFactory
    Stream<DynamicTest> frontEndsDoNotDependOnEachOther() {
        return Module.ofKind(Module.Kind.FRONT_END).map(frontEnd -> DynamicTest.dynamicTest(frontEnd.artifactId(),
                () -> noClasses().that().resideInAPackage(frontEnd.packages()).should().dependOnClassesThat()
                        .resideInAnyPackage(Module.ofKind(Module.Kind.FRONT_END).filter(other -> other != frontEnd)
                                .map(Module::packages).toArray(String[]::new))
                        .check(MAIN)));
    }

    /**
     * Within each module, neither its internal packages nor its public ones form a cycle. A module's public
     * packages and its internal ones may depend on each other: a public facade creates its implementation
     * ({@code Flux} builds {@code internal.Setup}), which reports through public types ({@code FluxException}).
     * The engine's API and SPI count as one public package for the same reason ({@code Flux.snapshot()}
     * returns an SPI type, SPI types throw {@code FluxException}).
     */
    @TestFactory
    Stream<DynamicTest> noModuleHasAPackageCycle() {
        return Stream.of(Module.values()).flatMap(module -> Stream.of(true, false).map(internal ->
                DynamicTest.dynamicTest(module.artifactId() + (internal ? " internal" : " public") + " packages",
                        () -> slices().assignedFrom(packagesOf(module, internal)).should().beFreeOfCycles()
                                .allowEmptyShould(true).check(MAIN))));
    }

    private static DescribedPredicate<JavaClass> in(Module module) {
        return DescribedPredicate.describe("are in " + module.artifactId(), module::holds);
    }

    private static DescribedPredicate<JavaClass> outside(Module module) {
        return DescribedPredicate.describe("are outside " + module.artifactId(), javaClass -> !module.holds(javaClass));
    }

    /**
     * Each internal (or each public) package of {@code module} is a slice, the engine's API and SPI together
     * one; other classes are in none.
     */
    private static SliceAssignment packagesOf(Module module, boolean internal) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!module.holds(javaClass) || name.matches(".*\\.internal(\\..*)?") != internal) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(Module.API.contains(name) ? "the API and SPI" : name);
            }

            @Override
            public String getDescription() {
                return "the " + (internal ? "internal" : "public") + " packages of " + module.artifactId();
            }
        };
    }

    /**
     * No type of {@value #INTERNAL} in what a user of a public type sees: the raw and generic types of its
     * public and protected fields, of the parameters, return values and exceptions of its public and
     * protected methods and constructors, and of its supertypes.
     */
    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of " + INTERNAL + " in their public signatures") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!visible(javaClass)) {
                    return;
                }
                javaClass.getSuperclass().ifPresent(type -> report(javaClass, "supertype", type, events));
                javaClass.getInterfaces().forEach(type -> report(javaClass, "supertype", type, events));
                for (JavaField field : javaClass.getFields()) {
                    if (visible(field)) {
                        report(javaClass, "field " + field.getName(), field.getType(), events);
                    }
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    if (!visible(unit)) {
                        continue;
                    }
                    String where = unit.getFullName();
                    unit.getParameterTypes().forEach(type -> report(javaClass, where + " parameter", type, events));
                    report(javaClass, where + " return type", unit.getReturnType(), events);
                    unit.getThrowsClause().getTypes().forEach(type -> report(javaClass, where + " throws", type,
                            events));
                }
            }
        };
    }

    /** A public class whose enclosing classes are public too. */
    private static boolean visible(JavaClass javaClass) {
        return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                && javaClass.getEnclosingClass().map(ArchitectureTest::visible).orElse(true);
    }

    private static boolean visible(HasModifiers member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static void report(JavaClass owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (raw.getPackageName().startsWith("dev.flux.internal")) {
                events.add(SimpleConditionEvent.violated(owner, owner.getName() + " exposes " + raw.getName()
                        + " in " + where));
            }
        }
    }
}
