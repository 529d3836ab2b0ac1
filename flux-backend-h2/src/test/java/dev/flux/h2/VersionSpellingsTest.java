package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Version;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * End to end through the library on H2: migrations whose file names spell their versions at random, and
 * targets spelt another way, land on the same versions, in the same order, in the history, the status and
 * every command's result.
 */
class VersionSpellingsTest {

    @Property(tries = 40)
    void fileNamesTargetsAndTheHistoryAgreeOnEverySpelling(@ForAll("versions") List<List<BigInteger>> versions,
                                                           @ForAll Random random) throws IOException {
        Path dir = Files.createTempDirectory("flux-spellings");
        TreeMap<Version, Integer> byVersion = new TreeMap<>();
        for (int i = 0; i < versions.size(); i++) {
            String spelt = spell(versions.get(i), random).replaceFirst("^[Vv]", "");
            Files.writeString(dir.resolve("V" + spelt + "__m" + i + ".sql"), "CREATE TABLE t" + i + " (id INT);\n",
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("V" + spelt + "__m" + i + ".undo.sql"), "DROP TABLE t" + i + ";\n",
                    StandardCharsets.UTF_8);
            byVersion.put(Version.parse(spelt), i);
        }
        List<Version> ordered = new ArrayList<>(byVersion.keySet());
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(dir)
                .url("jdbc:h2:mem:" + UUID.randomUUID()).build()) {
            assertThat(flux.status().migrations()).extracting(MigrationInfo::version).containsExactlyElementsOf(ordered);

            Version target = ordered.get(random.nextInt(ordered.size()));
            Version reached = flux.migrateTo(respell(target, random)).version();
            assertThat(reached).isEqualTo(target);
            assertThat(flux.status().currentVersion()).isEqualTo(target);
            assertThat(flux.status().in(MigrationState.APPLIED)).extracting(MigrationInfo::version)
                    .containsExactlyElementsOf(byVersion.headMap(target, true).keySet());

            assertThat(flux.migrate().version()).isEqualTo(ordered.get(ordered.size() - 1));
            Version back = ordered.get(random.nextInt(ordered.size()));
            assertThat(flux.rollbackTo(respell(back, random)).version()).isEqualTo(back);
            assertThat(flux.status().in(MigrationState.PENDING)).extracting(MigrationInfo::version)
                    .containsExactlyElementsOf(byVersion.tailMap(back, false).keySet());

            String wrongId = "V" + respell(back, random).replaceFirst("^[Vv]", "") + "__no_such_id";
            assertThatThrownBy(() -> flux.migrateTo(wrongId)).isInstanceOfSatisfying(FluxException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET));
            assertThat(flux.status().currentVersion()).isEqualTo(back);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** 1 to 6 distinct versions, as lists of numbers. */
    @Provide
    Arbitrary<List<List<BigInteger>>> versions() {
        Arbitrary<BigInteger> segment = Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO,
                BigInteger.valueOf(12)), Arbitraries.bigIntegers().between(BigInteger.ZERO,
                new BigInteger("9999999999999999999999")));
        return segment.list().ofMinSize(1).ofMaxSize(3).filter(s -> s.stream().anyMatch(n -> n.signum() > 0))
                .list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(v -> Version.parse(spell(v, new Random(0))));
    }

    private static String respell(Version version, Random random) {
        return spell(List.of(version.normalised().split("\\.")).stream().map(BigInteger::new).toList(), random);
    }

    /** One of the many ways to write {@code segments}: V or not, . or _, leading zeros, trailing zeros. */
    private static String spell(List<BigInteger> segments, Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "V" : "");
        int trailingZeros = random.nextInt(3);
        for (int i = 0; i < segments.size() + trailingZeros; i++) {
            if (i > 0) {
                text.append(random.nextBoolean() ? '.' : '_');
            }
            text.append("0".repeat(random.nextInt(3)));
            text.append(i < segments.size() ? segments.get(i) : BigInteger.ZERO);
        }
        return text.toString();
    }
}
