package dev.flux.internal.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Version;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.MigrationDirectory;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every spelling of a version means the same version everywhere: parsed by {@link Version}, in a file name,
 * as a target, and in the order of history rows. Versions are generated as lists of unbounded numbers and
 * spelt at random: {@code V} or not, {@code .} or {@code _}, leading zeros, trailing zero segments.
 */
class VersionSpellingsTest {

    @Property(tries = 500)
    void everySpellingOfAVersionParsesToTheSameVersion(@ForAll("segments") List<BigInteger> segments,
                                                       @ForAll Random random) {
        Version one = Version.parse(spell(segments, random));
        Version other = Version.parse(spell(segments, random));
        assertThat(one).isEqualTo(other).isEqualByComparingTo(other).hasSameHashCodeAs(other);
        assertThat(one.normalised()).isEqualTo(normalised(segments));
        assertThat(Version.parse(one.normalised())).as("the history's form reads back the same")
                .isEqualTo(one).hasToString(one.normalised());
    }

    @Property(tries = 500)
    void versionsOrderAsTheirSegmentsDoAsNumbers(@ForAll("segments") List<BigInteger> a,
                                                  @ForAll("segments") List<BigInteger> b, @ForAll Random random) {
        int expected = Integer.signum(compareSegments(a, b));
        assertThat(Integer.signum(Version.parse(spell(a, random)).compareTo(Version.parse(spell(b, random)))))
                .isEqualTo(expected);
        assertThat(Version.parse(spell(a, random)).equals(Version.parse(spell(b, random)))).isEqualTo(expected == 0);
    }

    /**
     * Migrations spelt one way in file names, targets spelt another way, and history rows as the history
     * stores them: the directory's order, the history's order and every target agree.
     */
    @Property(tries = 100)
    void fileNamesTargetsAndHistoryAgree(@ForAll("versionSets") List<List<BigInteger>> versions,
                                         @ForAll Random random) throws IOException {
        Path dir = Files.createTempDirectory("flux-versions");
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                String id = "V" + spell(versions.get(i), random).replaceFirst("^[Vv]", "") + "__m" + i;
                ids.add(id);
                Files.writeString(dir.resolve(id + ".sql"), "select " + i + ";", UTF_8);
            }
            Discovery found = MigrationDirectory.scan(dir, UTF_8);
            assertThat(found.problems()).isEmpty();
            List<Migration> migrations = found.migrations();
            List<String> expectedOrder = versions.stream().sorted(VersionSpellingsTest::compareSegments)
                    .map(VersionSpellingsTest::normalised).toList();
            assertThat(migrations).extracting(m -> m.version().normalised()).containsExactlyElementsOf(expectedOrder);

            List<HistoryRow> history = new ArrayList<>();
            for (Migration m : migrations) {
                history.add(new HistoryRow(Version.parse(m.version().normalised()), m.id(), m.checksum(),
                        HistoryState.APPLIED, 1, null, 1));
            }
            history.sort(Comparator.comparing(HistoryRow::version));
            assertThat(history).extracting(HistoryRow::id).containsExactlyElementsOf(
                    migrations.stream().map(Migration::id).toList());
            assertThat(history).as("rows read back from the stored form show the file's spelling")
                    .extracting(r -> r.version().toString())
                    .containsExactlyElementsOf(migrations.stream().map(m -> m.version().toString()).toList());

            for (int i = 0; i < versions.size(); i++) {
                Version expected = Version.parse(normalised(versions.get(i)));
                assertThat(Target.resolve(spell(versions.get(i), random), migrations, List.of())).isEqualTo(expected);
                assertThat(Target.resolve(ids.get(i), migrations, List.of())).isEqualTo(expected);
                assertThat(Target.resolve(spell(versions.get(i), random), List.of(), history)).isEqualTo(expected);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<BigInteger>> segments() {
        Arbitrary<BigInteger> segment = Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO,
                BigInteger.valueOf(12)), Arbitraries.bigIntegers().between(BigInteger.ZERO,
                new BigInteger("99999999999999999999999999")));
        return segment.list().ofMinSize(1).ofMaxSize(4)
                .filter(s -> s.stream().anyMatch(n -> n.signum() > 0));
    }

    /** Distinct versions (by value), 1 to 8 of them. */
    @Provide
    Arbitrary<List<List<BigInteger>>> versionSets() {
        return segments().list().ofMinSize(1).ofMaxSize(8).map(list -> {
            Set<String> seen = new LinkedHashSet<>();
            List<List<BigInteger>> distinct = new ArrayList<>();
            for (List<BigInteger> v : list) {
                if (seen.add(normalised(v))) {
                    distinct.add(v);
                }
            }
            return distinct;
        });
    }

    /** One of the many ways to write {@code segments}. */
    static String spell(List<BigInteger> segments, Random random) {
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

    /** What the history stores: plain numbers joined by dots, without trailing zero segments. */
    static String normalised(List<BigInteger> segments) {
        int end = segments.size();
        while (end > 0 && segments.get(end - 1).signum() == 0) {
            end--;
        }
        List<String> parts = segments.subList(0, end).stream().map(BigInteger::toString).toList();
        return parts.isEmpty() ? "0" : String.join(".", parts);
    }

    static int compareSegments(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = (i < a.size() ? a.get(i) : BigInteger.ZERO).compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
