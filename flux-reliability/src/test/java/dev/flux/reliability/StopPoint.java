package dev.flux.reliability;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a migrator child stops, for the parent to kill it there: just before or just after statement
 * {@code statement} of migration {@code migration} of the {@link MigrationSet}. The child says
 * {@link #line()} when it got there; from then on the migration is provably part-way.
 */
record StopPoint(int migration, int statement, boolean after) {
    private static final Pattern ARGUMENT = Pattern.compile("stop-(before|after)=(\\d+)\\.(\\d+)");

    StopPoint {
        if (migration < 1 || migration > MigrationSet.SIZE || statement < 1
                || statement > MigrationSet.statements(migration)) {
            throw new IllegalArgumentException("no statement " + statement + " in V" + migration);
        }
    }

    /** A statement of the set chosen by {@code random}, each migration equally likely, before or after it. */
    static StopPoint random(Random random) {
        int migration = 1 + random.nextInt(MigrationSet.SIZE);
        return new StopPoint(migration, 1 + random.nextInt(MigrationSet.statements(migration)), random.nextBoolean());
    }

    /** The command-line argument of {@link MigrateProcess}, such as {@code stop-after=7.3}. */
    String argument() {
        return "stop-" + (after ? "after" : "before") + "=" + migration + "." + statement;
    }

    /** The point an {@link #argument()} names, or null when {@code argument} names none. */
    static StopPoint parse(String argument) {
        Matcher m = ARGUMENT.matcher(argument);
        return m.matches() ? new StopPoint(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(1).equals("after")) : null;
    }

    /** Whether {@code sql} is the statement to stop at. */
    boolean isAt(String sql) {
        return sql.contains(MigrationSet.statementText(migration, statement));
    }

    /** What the child prints when it has stopped. */
    String line() {
        return "stopped " + (after ? "after" : "before") + " V" + migration + " statement " + statement;
    }

    /** How many statements of the migration took effect when the child stopped. */
    int statementsRun() {
        return after ? statement : statement - 1;
    }

    @Override
    public String toString() {
        return (after ? "after" : "before") + " V" + migration + " statement " + statement;
    }
}
