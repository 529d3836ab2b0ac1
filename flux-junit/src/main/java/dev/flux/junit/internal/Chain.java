package dev.flux.junit.internal;

import dev.flux.MigrationInfo;
import dev.flux.Status;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The migrations of a project in version order. Position 0 is the empty database; position {@code i} is
 * the database with the first {@code i} migrations applied.
 */
final class Chain {
    private static final Pattern VERSION = Pattern.compile("\\d+([._]\\d+)*");

    private final List<String> ids;
    private final List<String> versions;

    private Chain(List<String> ids, List<String> versions) {
        this.ids = List.copyOf(ids);
        this.versions = List.copyOf(versions);
    }

    static Chain of(Status status) {
        List<String> ids = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (MigrationInfo m : status.migrations()) {
            ids.add(m.id());
            versions.add(m.version().toString());
        }
        return new Chain(ids, versions);
    }

    /** The number of migrations, which is also the last position. */
    int size() {
        return ids.size();
    }

    /** The id of the migration that leads to {@code position} (1 to size). */
    String id(int position) {
        return ids.get(position - 1);
    }

    /** The version at {@code position}, as flux writes it: {@code "0"} for 0. */
    String version(int position) {
        return position == 0 ? "0" : versions.get(position - 1);
    }

    /** The position of a normalised version such as {@code "2.1"}, or -1 when no migration has it. */
    int position(String version) {
        if (version.equals("0")) {
            return 0;
        }
        int index = versions.indexOf(version);
        return index < 0 ? -1 : index + 1;
    }

    /** The position that a target ({@code V5}, {@code 5}, {@code V2_1}, an id, {@code 0}) names, or -1. */
    int positionOf(String target) {
        String normal = normalise(target);
        return normal == null ? -1 : position(normal);
    }

    /**
     * A target written as flux normalises versions ({@code V2_1.0} gives {@code 2.1}, {@code V0} gives
     * {@code 0}), or null when it does not name a version.
     */
    static String normalise(String target) {
        String text = target.strip();
        if (text.startsWith("V") || text.startsWith("v")) {
            text = text.substring(1);
        }
        int description = text.indexOf("__");
        if (description >= 0) {
            text = text.substring(0, description);
        }
        if (!VERSION.matcher(text).matches()) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String part : text.split("[._]")) {
            segments.add(new BigInteger(part).toString());
        }
        while (!segments.isEmpty() && segments.get(segments.size() - 1).equals("0")) {
            segments.remove(segments.size() - 1);
        }
        return segments.isEmpty() ? "0" : String.join(".", segments);
    }
}
