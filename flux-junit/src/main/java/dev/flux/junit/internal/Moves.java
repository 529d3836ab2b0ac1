package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.TestDatabase;
import java.util.Map;

/**
 * Serves {@code @MigrateTo} the cheapest way, by the costs measured so far: moving the database in use
 * incrementally, switching to a database kept idle at a nearby version and moving that one, copying a
 * template kept at a nearby version and moving from there, or starting from a new database. A version
 * asked for a second time is kept as a template when the database is clean and a copy costs less than
 * reaching it otherwise. Without copies, moves are incremental, and a new database is used only where undo
 * is missing or the history holds a failed migration.
 */
final class Moves {
    /** How much a new database that grows the pool is discounted, for the one it leaves in place. */
    private static final double GROWTH = 3;

    private final LiveDatabase db;
    private final Templates templates;
    private final boolean copies;
    private final Blocks blocks = new Blocks();
    private int copiesUsed;

    /**
     * Where a move starts: the database in use, an idle database, a template's position, or a new database;
     * and what it costs to get to the target from there.
     */
    private record Start(Kind kind, Member idle, int template, double cost) {
        enum Kind { CURRENT, IDLE, TEMPLATE, FRESH }

        boolean live() {
            return kind == Kind.CURRENT || kind == Kind.IDLE;
        }
    }

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
        boolean currentUsable = true;
        while (true) {
            int from = db.position();
            Start start = cheapestStart(from, to, currentUsable && from >= 0);
            int startedAt = start.kind() == Start.Kind.IDLE ? start.idle().position : from;
            try {
                follow(start, to);
                break;
            } catch (FluxException e) {
                if (!start.live() || !(e.code() == ErrorCode.NO_UNDO || e.code() == ErrorCode.FAILED)) {
                    throw e;
                }
                if (e.code() == ErrorCode.NO_UNDO) {
                    blocks.add(to, startedAt);
                } else {
                    db.broken();
                }
                currentUsable = false;
            }
        }
        keepTemplate(to, requests);
    }

    /**
     * The cheapest start: the database in use, an idle one, a template, or a new database. While the pool
     * has room, a new database counts at a third of its cost when the one in use is not empty, because that
     * one is left where it is for later tests: a class whose tests ask for versions far apart soon has a
     * database near each.
     */
    private Start cheapestStart(int from, int to, boolean currentUsable) {
        Costs costs = db.costs();
        boolean room = db.roomToKeep();
        double leave = room ? 0 : costs.drop();
        double growth = room && currentUsable && from > 0 ? GROWTH : 1;
        double fresh = copies || !currentUsable || blocked(from, to)
                ? (costs.create() + cost(0, to)) / growth + leave : Double.POSITIVE_INFINITY;
        Start best = new Start(Start.Kind.FRESH, null, 0, fresh);
        if (currentUsable && cost(from, to) <= best.cost()) {
            best = new Start(Start.Kind.CURRENT, null, from, cost(from, to));
        }
        for (Member m : db.idle()) {
            if (cost(m.position, to) < best.cost()) {
                best = new Start(Start.Kind.IDLE, m, m.position, cost(m.position, to));
            }
        }
        if (copies) {
            for (int at : templates.all().keySet()) {
                double viaTemplate = costs.copy() + leave + cost(at, to);
                if (viaTemplate < best.cost()) {
                    best = new Start(Start.Kind.TEMPLATE, null, at, viaTemplate);
                }
            }
        }
        return best;
    }

    private void follow(Start start, int to) {
        switch (start.kind()) {
            case CURRENT -> { }
            case IDLE -> db.use(start.idle());
            case TEMPLATE -> {
                TestDatabase template = templates.all().get(start.template());
                db.replace(db.copy(template, "_from_v" + start.template()), start.template());
                copiesUsed++;
            }
            case FRESH -> db.replace(db.create(), 0);
        }
        if (db.position() != to) {
            db.migrateTo(db.chain().version(to).toString());
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
        for (Member m : db.idle()) {
            otherwise = Math.min(otherwise, cost(m.position, to));
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
