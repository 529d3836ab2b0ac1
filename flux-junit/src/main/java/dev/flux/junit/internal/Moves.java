package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.TestDatabase;
import java.util.Map;

/**
 * Serves {@code @MigrateTo} the cheapest way, by the costs measured so far: moving the database
 * incrementally, copying a template kept at a nearby version and moving from there, or starting from a
 * new database. A version asked for a second time is kept as a template when the database is clean and a
 * copy costs less than reaching it otherwise. Without copies, moves are incremental, and a new database
 * is used only where undo is missing or the history holds a failed migration.
 */
final class Moves {
    private static final int FRESH = -2;

    private final LiveDatabase db;
    private final Templates templates;
    private final boolean copies;
    private final Blocks blocks = new Blocks();
    private int copiesUsed;

    Moves(LiveDatabase db, Templates templates, boolean copies) {
        this.db = db;
        this.templates = templates;
        this.copies = copies;
    }

    int copiesUsed() {
        return copiesUsed;
    }

    void moveTo(String target) {
        Chain chain = db.chain();
        int to = chain.positionOf(target);
        if (to < 0) {
            db.migrateTo(target); // flux reports the unknown target, listing the nearest versions
            return;
        }
        int requests = templates.request(to);
        boolean incremental = true;
        while (true) {
            int from = db.position();
            int start = cheapestStart(from, to, incremental && from >= 0);
            try {
                follow(start, to);
                break;
            } catch (FluxException e) {
                if (start != from || !(e.code() == ErrorCode.NO_UNDO || e.code() == ErrorCode.FAILED)) {
                    throw e;
                }
                if (e.code() == ErrorCode.NO_UNDO) {
                    blocks.add(to, from);
                }
                incremental = false;
            }
        }
        keepTemplate(to, requests);
    }

    /** Where to start from: {@code from} itself, a template's position, or {@link #FRESH}. */
    private int cheapestStart(int from, int to, boolean incremental) {
        Costs costs = db.costs();
        int best = FRESH;
        double bestCost = copies || !incremental || blocked(from, to) ? costs.create() + costs.drop() + cost(0, to)
                : Double.POSITIVE_INFINITY;
        if (incremental && cost(from, to) <= bestCost) {
            best = from;
            bestCost = cost(from, to);
        }
        if (copies) {
            for (int at : templates.all().keySet()) {
                double viaTemplate = costs.copy() + costs.drop() + cost(at, to);
                if (viaTemplate < bestCost) {
                    best = at;
                    bestCost = viaTemplate;
                }
            }
        }
        return best;
    }

    private void follow(int start, int to) {
        if (start == FRESH) {
            db.replace(db.create(), 0);
        } else if (start != db.position()) {
            TestDatabase template = templates.all().get(start);
            db.replace(db.copy(template, "_from_v" + start), start);
            copiesUsed++;
        }
        if (db.position() != to) {
            db.migrateTo(db.chain().version(to));
        }
    }

    /** Keeps the database at {@code to} as a template if it is clean and asked for often enough. */
    private void keepTemplate(int to, int requests) {
        if (!copies || to == 0 || requests < 2 || !db.clean() || templates.has(to) || templates.full()) {
            return;
        }
        Costs costs = db.costs();
        double otherwise = costs.create() + cost(0, to);
        for (Map.Entry<Integer, TestDatabase> t : templates.all().entrySet()) {
            otherwise = Math.min(otherwise, costs.copy() + cost(t.getKey(), to));
        }
        if (costs.copy() < otherwise) {
            templates.add(to, db.copy(db.current(), "_v" + to));
        }
    }

    private double cost(int from, int to) {
        return blocked(from, to) ? Double.POSITIVE_INFINITY : db.costs().move(db.chain(), from, to);
    }

    private boolean blocked(int from, int to) {
        return to < from && blocks.blocks(to, from);
    }
}
