package dev.flux.internal.discovery;

import dev.flux.Problem;
import java.util.List;

/**
 * Everything found in the migration directory and the Java packages: versioned migrations sorted by
 * version, pre-apply and post-apply scripts sorted by file name, and the problems met on the way.
 * Migrations with problems (a bad name, a duplicate version) are left out of {@code migrations}, except
 * that of two duplicates the first stays.
 */
public record Discovery(List<Migration> migrations, List<Script> preApply, List<Script> postApply,
                        List<Problem> problems) {
    public Discovery {
        migrations = List.copyOf(migrations);
        preApply = List.copyOf(preApply);
        postApply = List.copyOf(postApply);
        problems = List.copyOf(problems);
    }
}
