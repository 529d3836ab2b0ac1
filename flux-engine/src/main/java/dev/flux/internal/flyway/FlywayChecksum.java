package dev.flux.internal.flyway;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration: a CRC-32 over the UTF-8 bytes of each line of the
 * decoded file, line ends left out (so LF and CRLF files agree) and a leading byte order mark removed,
 * as a signed 32-bit number.
 */
final class FlywayChecksum {
    private FlywayChecksum() {
    }

    /** The checksum of text already decoded, without BOM and with LF line ends (a flux script's text). */
    static int of(String normalisedText) {
        CRC32 crc = new CRC32();
        int start = 0;
        while (start <= normalisedText.length()) {
            int end = normalisedText.indexOf('\n', start);
            String line = normalisedText.substring(start, end < 0 ? normalisedText.length() : end);
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return (int) crc.getValue();
    }
}
