package dev.flux.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that takes the connection and never answers must not make flux hang (issue #8). */
class DriverDataSourceLoginTimeoutTest {
    private ServerSocket silent;
    private final List<Socket> accepted = new ArrayList<>();

    @BeforeEach
    void silentServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // test over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void aConnectionAttemptGivesUpAfterTheLoginTimeout() {
        DriverDataSource ds = new DriverDataSource("jdbc:h2:tcp://127.0.0.1:" + silent.getLocalPort() + "/~/x",
                "sa", "Pw-never-shown-1", null);
        ds.setLoginTimeout(2);
        long start = System.nanoTime();
        assertThatThrownBy(ds::getConnection)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECT))
                .hasMessageContaining("no answer from jdbc:h2:tcp://127.0.0.1:" + silent.getLocalPort())
                .hasMessageContaining("within 2 s")
                .hasMessageNotContaining("Pw-never-shown-1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theLoginTimeoutHasADefault() {
        assertThat(new DriverDataSource("jdbc:h2:mem:x", null, null, null).getLoginTimeout())
                .isEqualTo(DriverDataSource.DEFAULT_LOGIN_TIMEOUT);
    }
}
