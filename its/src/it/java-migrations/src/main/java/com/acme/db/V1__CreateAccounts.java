package com.acme.db;

import dev.flux.JavaMigration;

public final class V1__CreateAccounts implements JavaMigration {
    @Override
    public String apply() {
        return Ddl.table("accounts", "id BIGINT PRIMARY KEY", "email VARCHAR(200) NOT NULL");
    }

    @Override
    public String undo() {
        return "DROP TABLE accounts;";
    }
}
