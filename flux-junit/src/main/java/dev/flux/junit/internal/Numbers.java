package dev.flux.junit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts a number read from a database to the number type a test asks for, whatever type the driver
 * returns ({@code COUNT(*)} is a {@code long} on PostgreSQL, an {@code int} elsewhere): exactly, or not at
 * all.
 */
final class Numbers {
    private Numbers() {
    }

    /** Whether {@link #convert} handles {@code type}. */
    static boolean handles(Class<?> type) {
        return type == Number.class || type == Long.class || type == Integer.class || type == Short.class
                || type == Byte.class || type == Double.class || type == Float.class || type == BigDecimal.class
                || type == BigInteger.class;
    }

    /**
     * {@code value} as {@code type}; {@code value} itself for {@code Number}.
     *
     * @throws ArithmeticException when the value does not fit {@code type} exactly
     */
    static Object convert(Number value, Class<?> type) {
        if (type == Number.class || type.isInstance(value)) {
            return value;
        }
        BigDecimal exact = value instanceof BigDecimal d ? d
                : value instanceof BigInteger i ? new BigDecimal(i)
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
                : BigDecimal.valueOf(value.longValue());
        if (type == Long.class) {
            return exact.longValueExact();
        }
        if (type == Integer.class) {
            return exact.intValueExact();
        }
        if (type == Short.class) {
            return exact.shortValueExact();
        }
        if (type == Byte.class) {
            return exact.byteValueExact();
        }
        if (type == BigInteger.class) {
            return exact.toBigIntegerExact();
        }
        if (type == BigDecimal.class) {
            return exact;
        }
        return type == Double.class ? (Object) exact.doubleValue() : (Object) exact.floatValue();
    }
}
