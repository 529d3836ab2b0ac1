package dev.flux.junit;

import dev.flux.Result;
import dev.flux.Version;
import dev.flux.spi.SchemaSnapshot;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;

/**
 * The database of a test class, as a parameter of tests, lifecycle methods and constructors. Moves made
 * here are incremental, go both ways and keep the data. Errors are {@link dev.flux.FluxException}s.
 *
 * <pre>{@code
 * @Test
 * void v6BackfillsEmails(FluxDatabase db) {
 *     db.migrateTo("V5");
 *     db.update("insert into users(id, name) values (?, ?)", 1, "ada");
 *     db.migrateTo("V6");
 *     assertThat(db.queryValue("select email from users where id = 1", String.class)).isEqualTo("ada@example.com");
 * }
 * }</pre>
 */
public interface FluxDatabase {
    /** The version the database is at, as the history says: {@link Version#ZERO} when empty. */
    Version version();

    /**
     * Moves to exactly {@code target} ({@code "V5"}, {@code "5"}, a full id, {@code "0"} for empty): up with
     * the migrations, or down with their undo scripts.
     */
    Result migrateTo(String target);

    /** Undoes every migration after {@code target}; fails with {@code FLUX-TARGET} when the database is below it. */
    Result rollbackTo(String target);

    /** Applies the next pending migration; fails with {@code FLUX-TARGET} when none is pending. */
    Result upOne();

    /** Undoes the latest applied migration. */
    Result downOne();

    /** Runs an INSERT, UPDATE, DELETE or DDL statement with {@code ?} parameters; returns the update count. */
    int update(String sql, Object... args);

    /**
     * The rows of a query with {@code ?} parameters. Each row maps column labels to values in column order;
     * lookups ignore case, so {@code row.get("email")} finds H2's {@code EMAIL}.
     */
    List<Map<String, Object>> query(String sql, Object... args);

    /**
     * The first column of the one row a query returns, as {@code type} (null for SQL NULL); fails when the
     * query returns no row or several. A number converts to any of {@code Number}, {@code Long},
     * {@code Integer}, {@code Short}, {@code Byte}, {@code Double}, {@code Float}, {@code BigDecimal} and
     * {@code BigInteger} whatever the database's type (PostgreSQL's {@code COUNT(*)} is a {@code bigint}),
     * and fails when the value does not fit exactly.
     */
    <T> T queryValue(String sql, Class<T> type, Object... args);

    /** The schema as the backend describes it, without flux's own tables; see {@link FluxAssertions}. */
    SchemaSnapshot schema();

    /** Connections to this database; the same object tests get as a {@link DataSource} parameter. */
    DataSource dataSource();

    /** {@link #roundTrips(RoundTripOptions)} with the options of the JUnit configuration parameters. */
    Stream<DynamicTest> roundTrips();

    /**
     * One test per migration, in version order, starting from an empty database: snapshot, apply, snapshot,
     * undo, compare with the first snapshot, apply again, compare with the second. A difference fails with
     * a readable diff ({@code after undo of V7__orders: column ORDERS.NOTE still exists}). Return it from a
     * {@code @TestFactory}.
     */
    Stream<DynamicTest> roundTrips(RoundTripOptions options);
}
