package dev.flux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void scrubMasksThePasswordWhereverItAppears() {
        Secrets secrets = Secrets.of("s3cret-pw", null);

        assertThat(secrets.scrub("FATAL: password s3cret-pw rejected (s3cret-pw)"))
                .isEqualTo("FATAL: password **** rejected (****)");
    }

    @Test
    void scrubMasksTheSecretsOfTheUrlAlsoWhenADriverQuotesThemWithoutTheUrl() {
        Secrets secrets = Secrets.of(null, "jdbc:postgresql://app:userinfo-pw@db/app?sslpassword=key-pw");

        assertThat(secrets.scrub("auth failed for userinfo-pw; key key-pw unreadable"))
                .isEqualTo("auth failed for ****; key **** unreadable");
    }

    @Test
    void scrubMasksAPercentEncodedSecretAsWrittenAndDecoded() {
        Secrets secrets = Secrets.of(null, "jdbc:postgresql://db/app?user=app&password=p%40ss%2Fw0rd");

        assertThat(secrets.scrub("driver said p@ss/w0rd, url said p%40ss%2Fw0rd"))
                .isEqualTo("driver said ****, url said ****");
    }

    @Test
    void scrubMasksTheLongestSecretFirstSoThatNoPartOfItShows() {
        Secrets secrets = Secrets.of("abc", "jdbc:h2:mem:x;PASSWORD=abcdef");

        assertThat(secrets.scrub("abcdef and abc")).isEqualTo("**** and ****");
    }

    @Test
    void scrubRedactsEveryJdbcUrlInTheMessageEvenWithoutKnownSecrets() {
        assertThat(Secrets.none().scrub("cannot reach jdbc:postgresql://db/app?password=other-pw now"))
                .isEqualTo("cannot reach jdbc:postgresql://db/app?password=**** now");
        assertThat(Secrets.none().scrub(null)).isNull();
    }

    @Test
    void redactUrlMasksEmbeddedPasswordsOnly() {
        assertThat(Secrets.redactUrl("jdbc:oracle:thin:scott/tiger@//db:1521/FREEPDB1"))
                .isEqualTo("jdbc:oracle:thin:scott/" + Secrets.MASK + "@//db:1521/FREEPDB1");
        assertThat(Secrets.redactUrl("jdbc:h2:mem:app;USER=sa")).isEqualTo("jdbc:h2:mem:app;USER=sa");
        assertThat(Secrets.redactUrl(null)).isNull();
    }

    @Test
    void emptyAndMissingSecretsMaskNothing() {
        assertThat(Secrets.of("", null).scrub("nothing to hide")).isEqualTo("nothing to hide");
        assertThat(Secrets.of(null, null).scrub("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void toStringShowsNoSecret() {
        Secrets secrets = Secrets.of("s3cret-pw", "jdbc:h2:mem:x;PASSWORD=url-pw");

        assertThat(secrets.toString()).isEqualTo("Secrets[2 known]").doesNotContain("s3cret-pw", "url-pw");
    }
}
