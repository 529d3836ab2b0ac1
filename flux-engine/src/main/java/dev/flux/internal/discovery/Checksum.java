package dev.flux.internal.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration: lowercase hex SHA-256 of the UTF-8 bytes of its normalised text
 * (see {@link ScriptText}). Equal text gives an equal checksum whatever the file's encoding, BOM or line
 * ends were.
 */
public final class Checksum {
    private Checksum() {
    }

    /** The checksum of text that is already normalised by {@link ScriptText}; it is not normalised again. */
    public static String of(String normalisedText) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
