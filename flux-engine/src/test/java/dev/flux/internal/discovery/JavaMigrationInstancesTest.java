package dev.flux.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.JavaMigration;
import dev.flux.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java migrations given as objects (the beans of a container) are named by their class and run like found ones. */
class JavaMigrationInstancesTest {
    private static final ClassLoader LOADER = JavaMigrationInstancesTest.class.getClassLoader();

    public static class V3__FromBean implements JavaMigration {
        @Override
        public String apply() {
            return "CREATE TABLE bean (id INT);\r\n";
        }

        @Override
        public String undo() {
            return "DROP TABLE bean;";
        }
    }

    /** What a container's generated subclass looks like: named after the class it extends, plus {@code $$}. */
    public static class V3__FromBean$$Proxy extends V3__FromBean {
    }

    public static class NotNamedLikeAMigration implements JavaMigration {
        @Override
        public String apply() {
            return "SELECT 1;";
        }
    }

    @Test
    void anInstanceIsAMigrationNamedByItsClassAndAGeneratedSubclassByTheClassItExtends() {
        Discovery d = JavaMigrations.scan(LOADER, List.of(), List.of(new V3__FromBean$$Proxy()));

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id, m -> m.up().text(), m -> m.undo().text(),
                        m -> m.up().location())
                .containsExactly(tuple("V3__FromBean", "CREATE TABLE bean (id INT);\n", "DROP TABLE bean;",
                        V3__FromBean.class.getName()));
        assertThat(d.migrations().get(0).checksum()).isEqualTo(Checksum.of("CREATE TABLE bean (id INT);\n"));
    }

    @Test
    void anInstanceWhoseClassIsNotNamedLikeAMigrationIsFluxName() {
        Discovery d = JavaMigrations.scan(LOADER, List.of(), List.of(new NotNamedLikeAMigration()));

        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code, Problem::where)
                .containsExactly(tuple(ErrorCode.NAME, NotNamedLikeAMigration.class.getName()));
    }

    @Test
    void anInstanceSharesTheVersionSpaceOfTheScannedPackages() {
        Discovery d = JavaMigrations.scan(LOADER, List.of("dev.flux.internal.discovery.javamig.ok"),
                List.of(new V3__FromBean()));

        assertThat(d.migrations()).extracting(Migration::id).contains("V3__FromBean");
    }
}
