package dev.flux.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {
    @Test
    void synonymsCaseAndSpacingDoNotMatter() {
        assertThat(TypeNames.matches("varchar(100)", "CHARACTER VARYING(100)")).isTrue();
        assertThat(TypeNames.matches("int", "INTEGER")).isTrue();
        assertThat(TypeNames.matches("int4", "integer")).isTrue();
        assertThat(TypeNames.matches("bool", "BOOLEAN")).isTrue();
        assertThat(TypeNames.matches("decimal(10,2)", "NUMERIC(10, 2)")).isTrue();
        assertThat(TypeNames.matches("timestamptz", "TIMESTAMP(6) WITH TIME ZONE")).isTrue();
        assertThat(TypeNames.matches("timestamp without time zone", "TIMESTAMP(6)")).isTrue();
        assertThat(TypeNames.matches("double", "DOUBLE PRECISION")).isTrue();
        assertThat(TypeNames.matches("char(2)", "CHARACTER(2)")).isTrue();
    }

    @Test
    void aTypeWithoutParametersMatchesAnyLength() {
        assertThat(TypeNames.matches("varchar", "CHARACTER VARYING(100)")).isTrue();
        assertThat(TypeNames.matches("timestamp", "TIMESTAMP(6)")).isTrue();
    }

    @Test
    void differentTypesOrLengthsDoNotMatch() {
        assertThat(TypeNames.matches("varchar(50)", "CHARACTER VARYING(100)")).isFalse();
        assertThat(TypeNames.matches("bigint", "INTEGER")).isFalse();
        assertThat(TypeNames.matches("char", "CHARACTER VARYING(100)")).isFalse();
        assertThat(TypeNames.matches("timestamp", "TIMESTAMP(6) WITH TIME ZONE")).isFalse();
    }
}
