package dev.flux.junit.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds schema objects by the name a test writes: the exact name first, else the one name that differs
 * only in case, since databases fold unquoted names ({@code users} is H2's {@code USERS}).
 */
public final class Names {
    private Names() {
    }

    public static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        Optional<T> exact = items.stream().filter(i -> name.apply(i).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<T> folded = items.stream().filter(i -> name.apply(i).equalsIgnoreCase(wanted)).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }
}
