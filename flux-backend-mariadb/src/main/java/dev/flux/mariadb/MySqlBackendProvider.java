package dev.flux.mariadb;

/**
 * The MariaDB backend under the name {@code backend = "mysql"}, for configurations written for MySQL: the
 * same options, lock, history and splitter as {@link MariaDbBackendProvider}.
 */
public final class MySqlBackendProvider extends MariaDbBackendProvider {
    @Override
    public String name() {
        return "mysql";
    }
}
