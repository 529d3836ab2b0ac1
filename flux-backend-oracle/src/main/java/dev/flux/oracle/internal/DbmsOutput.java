package dev.flux.oracle.internal;

import dev.flux.Secrets;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code DBMS_OUTPUT} of migrations: enabled without a size limit on the migration connection, and read
 * after each statement in one round trip, each line logged at INFO level.
 */
final class DbmsOutput {
    private static final Logger LOG = LoggerFactory.getLogger(DbmsOutput.class);
    private static final String FETCH = "DECLARE l VARCHAR2(32767); s INTEGER; b CLOB; BEGIN LOOP"
            + " DBMS_OUTPUT.GET_LINE(l, s); EXIT WHEN s <> 0; b := b || l || CHR(10); END LOOP; ? := b; END;";

    private DbmsOutput() {
    }

    static void enable(Connection c) throws SQLException {
        Sessions.run(c, "BEGIN DBMS_OUTPUT.ENABLE(NULL); END;");
    }

    static void disable(Connection c) throws SQLException {
        Sessions.run(c, "BEGIN DBMS_OUTPUT.DISABLE; END;");
    }

    /**
     * Logs what statements put into the buffer since the last call, with {@code secrets} masked; never
     * fails.
     */
    static void log(Connection c, Secrets secrets) {
        try (CallableStatement s = c.prepareCall(FETCH)) {
            s.registerOutParameter(1, Types.CLOB);
            s.execute();
            Clob text = s.getClob(1);
            if (text != null) {
                text.getSubString(1, (int) Math.min(Integer.MAX_VALUE, text.length()))
                        .lines().forEach(line -> LOG.info("DBMS_OUTPUT: {}", secrets.scrub(line)));
                text.free();
            }
        } catch (SQLException e) {
            LOG.debug("could not read DBMS_OUTPUT: {}", secrets.scrub(e.getMessage()));
        }
    }
}
