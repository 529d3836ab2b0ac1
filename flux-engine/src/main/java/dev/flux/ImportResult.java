package dev.flux;

import java.util.List;

/**
 * What {@link Flux#importFlyway(FlywayImport)} recorded: the ids of the migrations Flyway had applied, now
 * applied in flux's history; those below Flyway's baseline, now baselined; those whose edited file was
 * accepted ({@link FlywayImport#acceptChecksums()}); the scripts of Flyway's repeatable ({@code R__})
 * rows, which flux does not record (they belong in {@code post-apply/}, where they run after every
 * migrate); and the version the database is at.
 */
public record ImportResult(List<String> imported, List<String> baselined, List<String> acceptedChecksums,
                           List<String> repeatables, Version version) {
    public ImportResult {
        imported = List.copyOf(imported);
        baselined = List.copyOf(baselined);
        acceptedChecksums = List.copyOf(acceptedChecksums);
        repeatables = List.copyOf(repeatables);
    }
}
