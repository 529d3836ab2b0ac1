package dev.flux.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Case 4: the whole process of {@code mvn flux:status} against {@code mvn flyway:info} on one project
 * with N applied migrations, Maven's start included, as a user feels it. Needs flux installed in the
 * local repository ({@code mvn install -DskipTests} at the root).
 */
final class MavenCase {
    private static final String FLUX_VERSION = "0.1.0-SNAPSHOT";

    private MavenCase() {
    }

    static void run(Report report, int n, int repetitions) throws Exception {
        MigrationSet set = MigrationSet.create(n);
        Path project = Files.createTempDirectory("flux-bench-maven");
        Files.writeString(project.resolve("pom.xml"), pom(set.directory));
        Files.writeString(project.resolve("flux.toml"), "[flux]\nbackend = \"h2\"\nmigration_directory = \""
                + set.directory.toString().replace('\\', '/') + "\"\n[connection]\nurl = \"jdbc:h2:file:./target/flux\"\n"
                + "user = \"sa\"\n");
        String name = "mvn status, " + n + " applied migrations, H2 file";
        Measurement flux = new Measurement(name, "mvn flux:status");
        Measurement flyway = new Measurement(name, "mvn flyway:info (13.12.0)");
        System.out.println("== " + name);
        // The set-up runs online, so that a plugin not yet in the local repository is downloaded; the
        // timed runs are offline, so that no update check of either plugin is measured.
        mvn(project, "flux:migrate", false);
        mvn(project, "flyway:migrate", false);
        for (int rep = 0; rep < 1 + repetitions; rep++) {
            double f = mvn(project, "flux:status", true);
            double w = mvn(project, "flyway:info", true);
            if (rep > 0) {
                flux.add(f);
                flyway.add(w);
            }
        }
        report.add(flux);
        report.add(flyway);
        Benchmarks.delete(project);
        Benchmarks.delete(set.directory);
    }

    private static double mvn(Path project, String goal, boolean offline) throws Exception {
        long start = System.nanoTime();
        List<String> command = offline ? List.of("mvn", "-B", "-q", "-o", goal) : List.of("mvn", "-B", "-q", goal);
        Process p = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("mvn " + goal + " failed in " + project
                    + "; install flux first: mvn -B install -DskipTests");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String pom(Path migrations) {
        String location = "filesystem:" + migrations.toString().replace('\\', '/');
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>maven-case</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.flux</groupId>
                        <artifactId>flux-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>13.12.0</version>
                        <configuration>
                          <url>jdbc:h2:file:${project.basedir}/target/flyway</url>
                          <user>sa</user>
                          <locations><location>%s</location></locations>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>com.h2database</groupId>
                            <artifactId>h2</artifactId>
                            <version>2.3.232</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(FLUX_VERSION, location);
    }
}
