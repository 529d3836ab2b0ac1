package dev.flux.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh, empty database for one run, removed on close. */
interface Database extends AutoCloseable {
    /** The flux backend name. */
    String backend();

    DataSource dataSource();

    @Override
    void close() throws Exception;

    /** Where fresh databases come from. */
    enum Kind {
        H2_MEM("H2 in memory"), H2_FILE("H2 file"), POSTGRES("PostgreSQL"), MARIADB("MariaDB");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        Database fresh() throws Exception {
            return switch (this) {
                case H2_MEM -> h2("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
                case H2_FILE -> {
                    Path dir = Files.createTempDirectory("flux-bench-h2");
                    yield h2("jdbc:h2:file:" + dir.resolve("db"), dir);
                }
                case POSTGRES -> postgres();
                case MARIADB -> mariadb();
            };
        }
    }

    private static Database h2(String url, Path files) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return new Database() {
            public String backend() {
                return "h2";
            }

            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                if (files != null) {
                    try (Stream<Path> all = Files.walk(files)) {
                        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        };
    }

    /** The server of FLUX_TEST_MARIADB_URL; each run gets a database of its own. */
    private static Database mariadb() throws Exception {
        String admin = System.getenv().getOrDefault("FLUX_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        String name = "flux_bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        MariaDbDataSource ds = new MariaDbDataSource(admin.replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/?]*)(/[^?]*)?",
                "$1/" + name));
        return new Database() {
            public String backend() {
                return "mariadb";
            }

            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + name);
                }
            }
        };
    }

    /** The server of FLUX_TEST_POSTGRES_URL; each run gets a database of its own. */
    private static Database postgres() throws Exception {
        String admin = System.getenv().getOrDefault("FLUX_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String name = "flux_bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
        return new Database() {
            public String backend() {
                return "postgres";
            }

            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + name + " WITH (FORCE)");
                }
            }
        };
    }
}
