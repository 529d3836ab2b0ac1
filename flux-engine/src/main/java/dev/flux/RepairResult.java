package dev.flux;

import java.util.List;

/**
 * What {@link Flux#repair} did: the ids of the failed history rows it deleted, and of the migrations whose
 * changed checksum it re-recorded (only when asked to).
 */
public record RepairResult(List<String> removedFailedRows, List<String> acceptedChecksums) {
    public RepairResult {
        removedFailedRows = List.copyOf(removedFailedRows);
        acceptedChecksums = List.copyOf(acceptedChecksums);
    }
}
