package dev.flux.internal.discovery.javamig.throwing;

import dev.flux.JavaMigration;

/** undo() throws. */
public final class V3__UndoThrows implements JavaMigration {
    @Override
    public String apply() {
        return "select 1;";
    }

    @Override
    public String undo() {
        throw new UnsupportedOperationException("cannot undo");
    }
}
