package dev.flux.internal.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in JDBC URLs and in messages (a password never appears in any output, log line or exception message). In a
 * URL it masks {@code user:secret@host}, Oracle's {@code user/secret@host}, query parameters and
 * {@code ;key=value} / {@code :key=value} settings whose name contains password, passwd, pwd or secret
 * (any case). It errs on the side of masking too much.
 */
public final class Redactor {
    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final String SECRET_NAME = "[\\w.\\-]*?(?:password|passwd|pwd|secret)[\\w.\\-]*=";
    /** Group 1 is kept, group 2 is the secret. Settings go first so a '@' in them is not taken as userinfo. */
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("([;:]" + SECRET_NAME + ")(\\{[^}]*}|[^;]*)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("([?&]" + SECRET_NAME + ")([^&#]*)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(jdbc:oracle:\\w+:[^/@:;\\s]*/)(\"[^\"]*\"|[^@\\s]*)(?=@)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(//[^/?#@:\\s]*:)([^/?#\\s]*)(?=@)"));
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:\\S+");

    private Redactor() {
    }

    /** {@code jdbcUrl} with every embedded password replaced by {@link #MASK}; {@code null} stays null. */
    public static String redactUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String result = jdbcUrl;
        for (Pattern pattern : SECRETS) {
            result = pattern.matcher(result).replaceAll("$1" + MASK);
        }
        return result;
    }

    /** The passwords embedded in {@code jdbcUrl}, as written, and also unquoted and percent-decoded. */
    public static List<String> secretsIn(String jdbcUrl) {
        List<String> secrets = new ArrayList<>();
        String rest = jdbcUrl == null ? "" : jdbcUrl;
        for (Pattern pattern : SECRETS) {
            Matcher matcher = pattern.matcher(rest);
            while (matcher.find()) {
                String secret = matcher.group(2);
                secrets.add(secret);
                if (secret.matches("(?s)\".*\"|\\{.*}")) {
                    secrets.add(secret.substring(1, secret.length() - 1));
                }
                try {
                    secrets.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notEncoded) {
                    // not percent-encoded; the secret as written is enough
                }
            }
            rest = matcher.replaceAll("$1" + MASK);
        }
        secrets.removeIf(String::isEmpty);
        return secrets;
    }

    /**
     * {@code message} with every occurrence of each non-empty secret replaced by {@link #MASK} (longest
     * first) and every {@code jdbc:} URL in it redacted. A very short secret masks a lot of text; that is
     * accepted.
     */
    public static String scrub(String message, String... secrets) {
        if (message == null) {
            return null;
        }
        String result = message;
        List<String> ordered = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                ordered.add(secret);
            }
        }
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : ordered) {
            result = result.replace(secret, MASK);
        }
        return JDBC_URL.matcher(result).replaceAll(match -> Matcher.quoteReplacement(redactUrl(match.group())));
    }

    /** Whether an option or key name suggests a secret (contains password, passwd, pwd or secret). */
    public static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("passwd") || lower.contains("pwd")
                || lower.contains("secret");
    }
}
