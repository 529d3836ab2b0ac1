package dev.flux.mariadb.internal;

/** Names in MariaDB SQL: quoted with backticks, a backtick inside doubled. */
final class Identifiers {
    private Identifiers() {
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
