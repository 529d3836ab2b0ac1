package dev.flux.internal.discovery.javamig.ok.sub;

import dev.flux.internal.discovery.javamig.ok.BaseMigration;

/** A migration in a sub-package, using an abstract base class. */
public class V3__InSubPackage extends BaseMigration {
    @Override
    public String apply() {
        return comment() + "create view v as select 1;\n";
    }
}
