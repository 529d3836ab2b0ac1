package com.acme.db;

import dev.flux.JavaMigration;

public final class V1__CreateUsers implements JavaMigration {
    @Override
    public String apply() {
        return "CREATE TABLE users (id BIGINT PRIMARY KEY);";
    }
}
