package dev.flux.junit;

import dev.flux.spi.SchemaSnapshot;

/**
 * AssertJ assertions on a schema snapshot, such as {@link FluxDatabase#schema()}:
 *
 * <pre>{@code
 * assertThat(db.schema())
 *         .hasNoTable("orders")
 *         .table("users").hasColumn("email").ofType("varchar(100)").isNullable()
 *                        .hasIndex("idx_users_email");
 * }</pre>
 *
 * Names are matched exactly, else ignoring case ({@code users} finds H2's {@code USERS}). A failure says
 * what the schema has instead.
 */
public final class FluxAssertions {
    private FluxAssertions() {
    }

    public static SchemaAssert assertThat(SchemaSnapshot actual) {
        return new SchemaAssert(actual);
    }
}
