package dev.flux.internal.run;

import dev.flux.Command;
import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Plan;
import dev.flux.StepKind;
import dev.flux.Version;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a command into the ordered actions that carry it out, without touching the database. */
final class Planner {
    private final Discovery discovery;
    private final ParsedScripts scripts;
    private final boolean repeatablesOnUndo;

    Planner(Discovery discovery, ParsedScripts scripts, boolean repeatablesOnUndo) {
        this.discovery = discovery;
        this.scripts = scripts;
        this.repeatablesOnUndo = repeatablesOnUndo;
    }

    /** The actions of {@code command} against {@code history}, and the version they lead to. */
    Schedule schedule(Command command, List<HistoryRow> history) {
        return command instanceof Command.Migrate m ? migrate(m.target(), history)
                : rollback((Command.Rollback) command, history);
    }

    private Schedule migrate(String target, List<HistoryRow> history) {
        Version current = Migrations.current(history);
        Version limit = null;
        if (target != null) {
            limit = Target.resolve(target, discovery.migrations(), history);
            if (limit.compareTo(current) < 0) {
                throw new FluxException(ErrorCode.TARGET, "cannot migrate to V" + limit + ": the database is at V"
                        + current + ", above it. Use rollbackTo to go down.");
            }
        }
        Map<Version, HistoryRow> rows = Migrations.rowsByVersion(history);
        List<Action> actions = new ArrayList<>();
        Version to = current;
        for (Migration m : discovery.migrations()) {
            if (!rows.containsKey(m.version()) && (limit == null || m.version().compareTo(limit) <= 0)) {
                actions.add(new Action(StepKind.APPLY, m, m.up(), scripts.of(m.up())));
                to = m.version().compareTo(to) > 0 ? m.version() : to;
            }
        }
        return new Schedule(current, to, withRepeatables(actions, true, to));
    }

    private Schedule rollback(Command.Rollback command, List<HistoryRow> history) {
        Version current = Migrations.current(history);
        List<HistoryRow> applied = new ArrayList<>(history.stream()
                .filter(r -> r.state().complete()).toList());
        applied.sort(Comparator.comparing(HistoryRow::version).reversed());
        List<HistoryRow> undo;
        if (command.target() == null) {
            if (command.count() < 1) {
                throw new FluxException(ErrorCode.TARGET, "cannot roll back " + command.count()
                        + " migrations: give a count of at least 1, or a target version.");
            }
            if (command.count() > applied.size()) {
                throw new FluxException(ErrorCode.TARGET, "cannot roll back " + command.count() + " migrations: only "
                        + applied.size() + " applied. Give a count up to " + applied.size() + ", or target 0.");
            }
            undo = applied.subList(0, command.count());
        } else {
            Version limit = Target.resolve(command.target(), discovery.migrations(), history);
            if (limit.compareTo(current) > 0) {
                throw new FluxException(ErrorCode.TARGET, "cannot roll back to V" + limit + ": the database is at V"
                        + current + ", below it. Use migrateTo to go up.");
            }
            undo = applied.stream().filter(r -> r.version().compareTo(limit) > 0).toList();
        }
        refuseBaselined(undo);
        Map<Version, Migration> byVersion = Migrations.byVersion(discovery.migrations());
        List<Action> actions = new ArrayList<>();
        List<String> withoutUndo = new ArrayList<>();
        for (HistoryRow row : undo) {
            Migration m = byVersion.get(row.version());
            if (m == null || !m.hasUndo()) {
                withoutUndo.add(row.id());
            } else {
                actions.add(new Action(StepKind.UNDO, m, m.undo(), scripts.of(m.undo())));
            }
        }
        if (!withoutUndo.isEmpty()) {
            throw new FluxException(ErrorCode.NO_UNDO, "cannot roll back: " + String.join(", ", withoutUndo)
                    + (withoutUndo.size() == 1 ? " has" : " have") + " no undo. Nothing was changed. Add "
                    + withoutUndo.stream().map(id -> id + ".undo.sql").collect(Collectors.joining(", "))
                    + " (or undo() in a Java migration), or roll back less.");
        }
        List<HistoryRow> kept = applied.subList(undo.size(), applied.size());
        Version to = kept.isEmpty() ? Version.ZERO : kept.get(0).version();
        return new Schedule(current, to, withRepeatables(actions, repeatablesOnUndo, to));
    }

    /** Baselined migrations were never run by flux, so their undo scripts never run either. */
    private static void refuseBaselined(List<HistoryRow> undo) {
        List<HistoryRow> baselined = undo.stream().filter(r -> r.state() == HistoryState.BASELINE).toList();
        if (!baselined.isEmpty()) {
            HistoryRow highest = baselined.get(0);
            throw new FluxException(ErrorCode.TARGET, "cannot roll back " + baselined.stream().map(HistoryRow::id)
                    .collect(Collectors.joining(", ")) + ": " + (baselined.size() == 1 ? "it is" : "they are")
                    + " baselined (the database already had " + (baselined.size() == 1 ? "it" : "them")
                    + " when flux took it over), and flux never undoes a migration it did not run. Nothing was"
                    + " changed. Roll back to V" + highest.version() + " at the lowest; undo older changes by hand,"
                    + " outside flux.");
        }
    }

    /**
     * The migrations between the pre-apply and post-apply scripts. A script whose {@code -- flux:since} is
     * above {@code to} (where the batch ends) is skipped, and so is every post-apply script when the batch
     * ends at 0: nothing is left for it to work on. Pre-apply scripts still run then, since they typically
     * drop what the undo scripts would otherwise trip over.
     */
    private List<Action> withRepeatables(List<Action> migrations, boolean repeatables, Version to) {
        if (migrations.isEmpty() || !repeatables) {
            return migrations;
        }
        List<Action> all = new ArrayList<>();
        for (Script s : discovery.preApply()) {
            all.add(repeatable(StepKind.PRE_APPLY, s, to));
        }
        all.addAll(migrations);
        for (Script s : discovery.postApply()) {
            all.add(repeatable(StepKind.POST_APPLY, s, to));
        }
        return all;
    }

    private Action repeatable(StepKind kind, Script s, Version to) {
        String skip = kind == StepKind.POST_APPLY && to.isZero() ? "the batch ends at 0, an empty database"
                : s.since() != null && to.compareTo(s.since()) < 0
                ? "it runs since V" + s.since() + " and the batch ends at V" + to : null;
        return new Action(kind, null, s, scripts.of(s), skip);
    }

    /** The actions of one command and the versions before and after. */
    record Schedule(Version from, Version to, List<Action> actions) {
        Plan toPlan() {
            return new Plan(from, to, actions.stream().filter(a -> a.skip() == null).map(Action::toStep).toList());
        }
    }
}
