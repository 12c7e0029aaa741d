package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
    private final ArticleIdentity identity = new ArticleIdentity(new UrlCanonicalizer());
    private static final Instant T = Instant.parse("2025-11-25T10:00:00Z");

    private static ArticleDraft draft(String url, String canonical, String guid, String title, String body) {
        return new ArticleDraft(url, canonical, guid, title, null, body, List.of(), List.of(), "src", null, null,
                T, false, null, T, null, "feed");
    }

    @Test
    void idIsAHashOfTheCanonicalUrlSoCampaignLinksShareIt() {
        RawArticle a = identity.assign(draft("https://example.com/s?utm_source=rss", null, "guid-1", "T", "B"));
        RawArticle b = identity.assign(draft("https://EXAMPLE.com/s#x", null, "guid-2", "T", "B other"));
        assertThat(a.getId()).isEqualTo(b.getId()).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(a.getCanonicalUrl()).isEqualTo("https://example.com/s");
    }

    @Test
    void declaredCanonicalUrlWinsOverTheLink() {
        RawArticle a = identity.assign(draft("https://m.example.com/s", "https://www.example.com/s", null, "T", "B"));
        assertThat(a.getCanonicalUrl()).isEqualTo("https://www.example.com/s");
    }

    @Test
    void fallsBackToGuidThenToContent() {
        RawArticle byGuid = identity.assign(draft(null, null, "tag:example.com,2025:1", "T", "B"));
        RawArticle sameGuid = identity.assign(draft(null, null, "tag:example.com,2025:1", "T2", "B2"));
        assertThat(byGuid.getId()).isEqualTo(sameGuid.getId());
        RawArticle byContent = identity.assign(draft(null, null, null, "T", "B"));
        RawArticle sameContentRewrapped = identity.assign(draft(null, null, null, "T ", "B\n"));
        assertThat(byContent.getId()).isEqualTo(sameContentRewrapped.getId()).isNotEqualTo(byGuid.getId());
    }

    @Test
    void urlShapedGuidGivesTheCanonicalUrlWhenThereIsNoLink() {
        RawArticle a = identity.assign(draft(null, null, "https://example.com/p/1?utm_medium=x", "T", "B"));
        assertThat(a.getCanonicalUrl()).isEqualTo("https://example.com/p/1");
    }

    @Test
    void contentHashIgnoresWhitespaceButNotWords() {
        assertThat(ContentHash.of("Title", "One  two\n\nthree")).isEqualTo(ContentHash.of(" Title", "One two three"));
        assertThat(ContentHash.of("Title", "One two three")).isNotEqualTo(ContentHash.of("Title", "One two four"));
        assertThat(ContentHash.of("a", "b")).hasSize(64);
    }
}
