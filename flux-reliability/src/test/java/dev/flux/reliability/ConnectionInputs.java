package dev.flux.reliability;

import static dev.flux.reliability.BadInput.MIGRATE;
import static dev.flux.reliability.BadInput.Start.BASELINE;

import dev.flux.ErrorCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Databases that cannot be reached or used: a wrong password, a port where nothing listens, a server
 * that accepts and never answers (loopback only), URLs no driver takes, and a lock another process holds.
 * Each fails within its time limit, naming the (redacted) URL, the user or the holder.
 */
final class ConnectionInputs {
    private static final Duration QUICK = Duration.ofSeconds(10);

    private ConnectionInputs() {
    }

    /** On the H2 project; the PostgreSQL URLs here need no PostgreSQL server. */
    static List<BadInput> h2() {
        return List.of(
                BadInput.of("connect: wrong password", BASELINE,
                        p -> p.replaceInConfig(Secrets.IN_CONNECTION, Secrets.WRONG), MIGRATE, ErrorCode.CONNECT,
                        "cannot connect to jdbc:h2:file:", "as user 'rel'", "[28000-").within(QUICK),
                BadInput.of("connect: nothing listens on the port", BASELINE,
                        p -> otherServer(p, "jdbc:postgresql://127.0.0.1:1/app?connectTimeout=5"), MIGRATE,
                        ErrorCode.CONNECT, "cannot connect to jdbc:postgresql://127.0.0.1:1/app", "[SQLState 08001]")
                        .within(QUICK),
                BadInput.of("connect: server accepts and never answers", BASELINE, p -> {
                    int port = silentServer(p);
                    otherServer(p, "jdbc:postgresql://127.0.0.1:" + port
                            + "/app?connectTimeout=2&socketTimeout=2&loginTimeout=2");
                }, MIGRATE, ErrorCode.CONNECT, "cannot connect to jdbc:postgresql://127.0.0.1:", "timed out")
                        .within(QUICK),
                BadInput.of("connect: not a JDBC URL", BASELINE,
                        p -> otherServer(p, "postgres://127.0.0.1:5432/app"), MIGRATE, ErrorCode.CONNECT,
                        "'postgres://127.0.0.1:5432/app' is not a JDBC URL"),
                BadInput.of("connect: no driver for the URL", BASELINE,
                        p -> otherServer(p, "jdbc:sqlserver://127.0.0.1:1433;databaseName=app"), MIGRATE, ErrorCode.CONNECT,
                        "no JDBC driver for jdbc:sqlserver://127.0.0.1:1433;databaseName=app"),
                BadInput.of("connect: no URL at all", BASELINE, p -> p.replaceInConfig("url = \"", "# url = \""),
                        MIGRATE, ErrorCode.CONNECT, "no database configured"),
                BadInput.of("lock: held by another process", BASELINE, ConnectionInputs::holdLock, MIGRATE,
                        ErrorCode.LOCK, "within 2 s", "flux-holder (process {holder})").within(QUICK));
    }

    static List<BadInput> postgres() {
        return List.of(
                BadInput.of("connect: unknown database", BASELINE,
                        p -> p.replaceInConfig(p.credentials.url(), p.credentials.url()
                                .replaceFirst("//([^/]*)/[^?]*", "//$1/flux_no_such_database")), MIGRATE,
                        ErrorCode.CONNECT, "/flux_no_such_database", "[SQLState 3D000]").within(QUICK),
                BadInput.of("connect: unknown role", BASELINE,
                        p -> p.replaceInConfig(p.credentials.url(), p.credentials.url()
                                .replaceFirst("user=[^&]*", "user=flux_no_such_role")), MIGRATE, ErrorCode.CONNECT,
                        "user=flux_no_such_role", "[SQLState 28000]").within(QUICK),
                BadInput.of("lock: held by another process", BASELINE, ConnectionInputs::holdLock, MIGRATE,
                        ErrorCode.LOCK, "within 2 s", "it is held by pid {holder}", "'flux-holder migrator'")
                        .within(QUICK));
    }

    /** Points the project at another server (as the postgres backend, so that its driver is used). */
    private static void otherServer(HostileProject p, String url) throws IOException {
        p.replaceInConfig("backend = \"" + p.backend + "\"", "backend = \"postgres\"");
        p.replaceInConfig("url = \"" + p.credentials.url() + "\"", "url = \"" + url + "\"");
        p.replaceInConfig("user = \"rel\"\n", "");
    }

    /** A loopback server socket that accepts connections and never sends a byte; returns its port. */
    private static int silentServer(HostileProject p) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException closed) {
                // the case is over
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        p.closeLater(() -> {
            server.close();
            for (Socket s : accepted) {
                s.close();
            }
        });
        return server.getLocalPort();
    }

    /**
     * Starts a process that takes the migration lock and keeps it; records as {@code holder} what the
     * error must name: the process id on H2, the lock session's pid on PostgreSQL.
     */
    private static void holdLock(HostileProject p) throws Exception {
        Child holder = ChildJvm.start("hostile-lock-holder", p.credentials.environment(), "hold-lock",
                p.config.toString());
        p.closeLater(holder::kill);
        holder.awaitLine("locked", Duration.ofSeconds(60));
        if (p.backend.equals("h2")) {
            p.facts.put("holder", String.valueOf(holder.pid()));
            return;
        }
        try (Connection c = DriverManager.getConnection(p.credentials.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = "
                     + "'flux-holder migrator' AND datname = current_database()")) {
            if (!rs.next()) {
                throw new AssertionError("the lock holder's session is not in pg_stat_activity");
            }
            p.facts.put("holder", rs.getString(1));
        }
    }
}
