package dev.flux.internal.discovery.javamig.ok;

import dev.flux.JavaMigration;

/** A Java migration with an undo, written with CRLF line ends to show they are normalised. */
public final class V1__CreateAccounts implements JavaMigration {
    @Override
    public String apply() {
        return "create table accounts (id int primary key);\r\n";
    }

    @Override
    public String undo() {
        return "drop table accounts;\n";
    }

    /** Nested classes are never migrations, even when they implement the interface. */
    public static final class Nested implements JavaMigration {
        @Override
        public String apply() {
            return "select 1;";
        }
    }
}
