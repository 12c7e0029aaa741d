package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The deterministic alert id: the same rule version and the same story always give the same id, whatever
 * the instance, the run or the copy of the story. That is what makes "once" checkable (and lets a webhook
 * receiver deduplicate too). The story is the first article of a near-duplicate group.
 */
public final class AlertIds {
    private AlertIds() {
    }

    public static String storyId(EnrichedArticle article) {
        String first = article.getDuplicateOf();
        return first == null || first.isBlank() ? article.getId() : first;
    }

    /** 32 hex characters (128 bits of SHA-256). */
    public static String of(String ruleId, int ruleVersion, String storyId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((ruleId + '\u0000' + ruleVersion + '\u0000' + storyId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
