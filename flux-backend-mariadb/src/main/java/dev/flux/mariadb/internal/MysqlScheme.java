package dev.flux.mariadb.internal;

import java.util.Locale;

/**
 * {@code jdbc:mysql:} URLs with MariaDB Connector/J, which accepts them only with its option
 * {@code permitMysqlScheme}. Where MySQL Connector/J is on the class path, such URLs are its and stay as
 * they are.
 */
public final class MysqlScheme {
    static final String PREFIX = "jdbc:mysql:";
    static final String OPTION = "permitMysqlScheme";
    private static final String MYSQL_DRIVER = "com.mysql.cj.jdbc.Driver";

    private MysqlScheme() {
    }

    /** {@code url} with {@code permitMysqlScheme} added when it is a MySQL URL that MariaDB's driver is to serve. */
    public static String permitted(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(PREFIX) || url.contains(OPTION)
                || mysqlDriverPresent()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + OPTION + "=true";
    }

    private static boolean mysqlDriverPresent() {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                MysqlScheme.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                Class.forName(MYSQL_DRIVER, false, loader);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not on this loader
            }
        }
        return false;
    }
}
