package dev.flux.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
    @Test
    void masksUserinfoPassword() {
        assertThat(Redactor.redactUrl("jdbc:postgresql://app:s3cret@localhost:5432/app"))
                .isEqualTo("jdbc:postgresql://app:****@localhost:5432/app");
        assertThat(Redactor.redactUrl("jdbc:postgresql://app:p@ss@h1:5432,h2:5432/app"))
                .isEqualTo("jdbc:postgresql://app:****@h1:5432,h2:5432/app");
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        assertThat(Redactor.redactUrl("jdbc:postgresql://localhost:5432/app?user=app&ssl=true"))
                .isEqualTo("jdbc:postgresql://localhost:5432/app?user=app&ssl=true");
        assertThat(Redactor.redactUrl("jdbc:oracle:thin:@//db:1521/FREEPDB1"))
                .isEqualTo("jdbc:oracle:thin:@//db:1521/FREEPDB1");
        assertThat(Redactor.redactUrl("jdbc:h2:tcp://localhost:9092/~/test;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://localhost:9092/~/test;MODE=PostgreSQL");
        assertThat(Redactor.redactUrl(null)).isNull();
    }

    @Test
    void masksPasswordQueryParametersInAnyCase() {
        assertThat(Redactor.redactUrl("jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/app?user=app&password=****&ssl=true");
        assertThat(Redactor.redactUrl("jdbc:x://db/app?PWD=s3cret")).isEqualTo("jdbc:x://db/app?PWD=****");
        assertThat(Redactor.redactUrl("jdbc:postgresql://db/app?sslpassword=k3y")).isEqualTo(
                "jdbc:postgresql://db/app?sslpassword=****");
    }

    @Test
    void masksSemicolonSettings() {
        assertThat(Redactor.redactUrl("jdbc:h2:mem:app;USER=sa;PASSWORD=s3cret;MODE=Oracle"))
                .isEqualTo("jdbc:h2:mem:app;USER=sa;PASSWORD=****;MODE=Oracle");
        assertThat(Redactor.redactUrl("jdbc:sqlserver://db:1433;user=a;password={p;w@x}"))
                .isEqualTo("jdbc:sqlserver://db:1433;user=a;password=****");
    }

    @Test
    void masksOracleUserSlashPassword() {
        assertThat(Redactor.redactUrl("jdbc:oracle:thin:scott/tiger@//db:1521/FREEPDB1"))
                .isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/FREEPDB1");
        assertThat(Redactor.redactUrl("jdbc:oracle:thin:scott/\"t@ger\"@db:1521:XE"))
                .isEqualTo("jdbc:oracle:thin:scott/****@db:1521:XE");
    }

    @Test
    void findsTheSecretsOfAUrl() {
        assertThat(Redactor.secretsIn("jdbc:postgresql://u:p%40ss@db/app?password=two"))
                .contains("two", "p%40ss", "p@ss");
        assertThat(Redactor.secretsIn("jdbc:oracle:thin:scott/\"t@ger\"@db:1521:XE")).contains("\"t@ger\"", "t@ger");
    }

    @Test
    void scrubMasksGivenSecretsAndUrlsInsideAMessage() {
        String message = "Login failed for tiger-pw at jdbc:h2:mem:x;PASSWORD=other: try again";

        assertThat(Redactor.scrub(message, "tiger-pw", null, ""))
                .isEqualTo("Login failed for **** at jdbc:h2:mem:x;PASSWORD=**** try again");
        assertThat(Redactor.scrub("ab abc", "ab", "abc")).isEqualTo("**** ****");
        assertThat(Redactor.scrub(null, "x")).isNull();
    }
}
