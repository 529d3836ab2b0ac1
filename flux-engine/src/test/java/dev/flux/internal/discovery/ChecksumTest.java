package dev.flux.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    @Test
    void isTheLowercaseHexSha256OfTheUtf8Bytes() {
        assertThat(Checksum.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Checksum.of(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void crlfLoneCrAndLfCopiesHaveTheSameChecksum() throws Exception {
        String lf = checksumOf("create table t (id int);\nselect 1;\n");
        assertThat(checksumOf("create table t (id int);\r\nselect 1;\r\n")).isEqualTo(lf);
        assertThat(checksumOf("create table t (id int);\rselect 1;\r")).isEqualTo(lf);
    }

    @Test
    void aLeadingBomDoesNotChangeTheChecksum() throws Exception {
        assertThat(checksumOf("\uFEFFselect 1;\n")).isEqualTo(checksumOf("select 1;\n"));
    }

    @Test
    void onlyALeadingBomIsRemoved() {
        assertThat(ScriptText.normalise("\uFEFFselect '\uFEFF';")).isEqualTo("select '\uFEFF';");
    }

    @Test
    void differentTextHasADifferentChecksum() throws Exception {
        assertThat(checksumOf("select 1;\n")).isNotEqualTo(checksumOf("select 1; \n"));
        assertThat(checksumOf("select 1;\n")).isNotEqualTo(checksumOf("select 1;"));
    }

    @Test
    void decodesWithTheConfiguredCharset() throws Exception {
        byte[] latin1 = "select 'café';".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ScriptText.decode(latin1, StandardCharsets.ISO_8859_1)).isEqualTo("select 'café';");
        assertThat(Checksum.of(ScriptText.decode(latin1, StandardCharsets.ISO_8859_1)))
                .isEqualTo(checksumOf("select 'café';"));
    }

    @Test
    void invalidBytesAreAnErrorWithTheirLineNotReplaced() {
        byte[] bytes = "select 1;\r\nselect 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ScriptText.decode(bytes, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ScriptText.InvalidEncodingException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.offset()).isEqualTo(22);
                    assertThat(e.getMessage()).isEqualTo("not valid UTF-8: byte 0xE9 at offset 22 (line 2)");
                });
    }

    @Test
    void aTruncatedSequenceAtTheEndIsAnError() {
        byte[] bytes = {'s', 'e', 'l', (byte) 0xC3};
        assertThatThrownBy(() -> ScriptText.decode(bytes, StandardCharsets.UTF_8))
                .isInstanceOf(ScriptText.InvalidEncodingException.class)
                .hasMessageContaining("offset 3");
    }

    @Test
    void decodesMultiByteCharsets() throws Exception {
        Charset utf16 = StandardCharsets.UTF_16LE;
        String text = "x".repeat(1000);
        assertThat(ScriptText.decode(text.getBytes(utf16), utf16)).isEqualTo(text);
    }

    private static String checksumOf(String text) throws ScriptText.InvalidEncodingException {
        return Checksum.of(ScriptText.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
