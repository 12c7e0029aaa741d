package io.newsflow.ingest.identity;

import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Names an article: the id is the first 16 bytes (32 hex digits) of the SHA-256 of its canonical
 * URL, else of its GUID, else of its content hash. The URL comes first because the same story
 * reaches us from several feeds with different GUIDs but one link; the content hash is last because
 * it changes with every edit, which would split one article into several.
 */
public final class ArticleIdentity {
    private final UrlCanonicalizer canonicalizer;

    public ArticleIdentity(UrlCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /** The canonical URL of a draft: its declared canonical URL if valid, else its link, else a URL-shaped GUID. */
    public Optional<String> canonicalUrl(ArticleDraft draft) {
        return canonicalizer.canonicalize(draft.canonicalHint())
                .or(() -> canonicalizer.canonicalize(draft.url()));
    }

    /** Id of an article known by canonical URL (may be null), GUID (may be null) and content hash. */
    public static String id(String canonicalUrl, String guid, String contentHash) {
        String basis;
        if (canonicalUrl != null && !canonicalUrl.isBlank()) {
            basis = "url:" + canonicalUrl;
        } else if (guid != null && !guid.isBlank()) {
            basis = "guid:" + guid.strip();
        } else {
            basis = "content:" + contentHash;
        }
        return HexFormat.of().formatHex(ContentHash.sha256(basis), 0, 16);
    }

    /** The RawArticle of a draft, revision 1; the deduplicator raises the revision when content changed. */
    public RawArticle assign(ArticleDraft draft) {
        String canonical = canonicalUrl(draft)
                .or(() -> canonicalizer.canonicalize(draft.guid()))
                .orElse(null);
        String hash = ContentHash.of(draft.title(), draft.body());
        return RawArticle.newBuilder()
                .setId(id(canonical, draft.guid(), hash))
                .setUrl(draft.url())
                .setCanonicalUrl(canonical)
                .setGuid(draft.guid())
                .setTitle(draft.title())
                .setSummary(draft.summary())
                .setBody(draft.body())
                .setAuthors(draft.authors())
                .setCategories(draft.categories())
                .setSource(draft.source())
                .setFeedUrl(draft.feedUrl())
                .setSiteUrl(draft.siteUrl())
                .setPublishedAt(millis(draft.publishedAt()))
                .setPublishedAtEstimated(draft.publishedAtEstimated())
                .setUpdatedAt(millis(draft.updatedAt()))
                .setFetchedAt(millis(draft.fetchedAt()))
                .setLanguageHint(draft.languageHint())
                .setContentHash(hash)
                .setRevision(1)
                .setOrigin(draft.origin())
                .build();
    }

    /** Avro keeps milliseconds: truncating here keeps an article equal to itself after a round trip. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
