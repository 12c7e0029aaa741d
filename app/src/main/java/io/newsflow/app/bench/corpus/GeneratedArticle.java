package io.newsflow.app.bench.corpus;

import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One generated article. It knows what it was generated as (language, the article it nearly
 * duplicates), so a benchmark can say how much of its input was of each kind.
 *
 * @param duplicateOf index of the earlier article this one nearly repeats, or -1
 */
public record GeneratedArticle(int index, String title, String body, String source, String language, int duplicateOf) {

    public int words() {
        return body.split("\\s+").length;
    }

    public Optional<Integer> nearDuplicateOf() {
        return duplicateOf < 0 ? Optional.empty() : Optional.of(duplicateOf);
    }

    /** The article as ingest would publish it under {@code id}, published (and fetched) at {@code at}. */
    public RawArticle toRaw(String id, Instant at) {
        String url = "https://" + source.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/news/" + id;
        return RawArticle.newBuilder()
                .setId(id).setUrl(url).setCanonicalUrl(url).setTitle(title).setBody(body).setSource(source)
                .setPublishedAt(at).setFetchedAt(at).setContentHash(sha256(title + "\n\n" + body))
                .setOrigin("archive").build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
