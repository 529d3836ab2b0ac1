package dev.flux;

import java.time.Duration;
import java.util.List;

/**
 * What a command did: the ids of the migrations applied, undone or baselined, in order, how long it took,
 * and the version the database is at afterwards.
 */
public record Result(List<String> migrations, Duration elapsed, Version version) {
    public Result {
        migrations = List.copyOf(migrations);
    }
}
