package io.newsflow.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of the normalised title and body. Normalisation (NFKC, whitespace runs collapsed, ends
 * trimmed) makes a re-encoded or re-wrapped copy hash the same, while any change of words is a new
 * hash and so a new revision.
 */
public final class ContentHash {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of {@code normalise(title) + "\n" + normalise(body)}. */
    public static String of(String title, String body) {
        return sha256Hex(normalise(title) + "\n" + normalise(body));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
