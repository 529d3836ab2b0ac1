package dev.flux.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** H2 file databases of the suite: created with the users of every {@link Credentials.Channel}. */
final class H2Files {
    private H2Files() {
    }

    /** The URL of the database file {@code <directory>/db}, shared through a server when {@code autoServer}. */
    static String url(Path directory, boolean autoServer) {
        return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + (autoServer ? ";AUTO_SERVER=TRUE" : "");
    }

    /** Creates the database at {@code url} with its users, and closes it again. */
    static void create(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(Credentials.createH2Users());
        }
    }

    /** A connection as the first user, who created the database. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, Credentials.H2_USER, Secrets.IN_CONNECTION);
    }
}
