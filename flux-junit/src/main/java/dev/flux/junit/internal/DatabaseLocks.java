package dev.flux.junit.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * Under JUnit's parallel execution, lets the tests of one class database run one at a time while other
 * classes run beside them: every test method locks a resource named after its outermost class.
 */
public final class DatabaseLocks implements ResourceLocksProvider {
    @Override
    public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        Class<?> outermost = enclosingInstanceTypes.isEmpty() ? testClass : enclosingInstanceTypes.get(0);
        return Set.of(new Lock("dev.flux.junit.database:" + outermost.getName()));
    }
}
