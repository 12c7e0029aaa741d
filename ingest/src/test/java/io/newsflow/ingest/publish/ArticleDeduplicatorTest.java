package io.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleDeduplicatorTest {
    static RawArticle article(String id, String hash) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        return RawArticle.newBuilder().setId(id).setTitle("t").setBody("b").setSource("s").setPublishedAt(t)
                .setFetchedAt(t).setContentHash(hash).build();
    }

    @Test
    void sameIdAndContentIsADuplicate() {
        ArticleDeduplicator dedup = new ArticleDeduplicator(10);
        assertThat(dedup.admit(article("a", "h1"))).isEqualTo(ArticleDeduplicator.Verdict.NEW);
        assertThat(dedup.admit(article("a", "h1"))).isEqualTo(ArticleDeduplicator.Verdict.DUPLICATE);
    }

    @Test
    void changedContentIsTheNextRevision() {
        ArticleDeduplicator dedup = new ArticleDeduplicator(10);
        dedup.admit(article("a", "h1"));
        RawArticle second = article("a", "h2");
        assertThat(dedup.admit(second)).isEqualTo(ArticleDeduplicator.Verdict.REVISION);
        assertThat(second.getRevision()).isEqualTo(2);
        RawArticle third = article("a", "h3");
        dedup.admit(third);
        assertThat(third.getRevision()).isEqualTo(3);
    }

    @Test
    void rememberedStateFromAnEarlierRunPreventsRepublishing() {
        ArticleDeduplicator dedup = new ArticleDeduplicator(10);
        dedup.remember("a", "h1", 4);
        assertThat(dedup.admit(article("a", "h1"))).isEqualTo(ArticleDeduplicator.Verdict.DUPLICATE);
        RawArticle changed = article("a", "h2");
        assertThat(dedup.admit(changed)).isEqualTo(ArticleDeduplicator.Verdict.REVISION);
        assertThat(changed.getRevision()).isEqualTo(5);
    }

    @Test
    void forgetsTheLeastRecentlySeenBeyondItsCapacity() {
        ArticleDeduplicator dedup = new ArticleDeduplicator(2);
        dedup.admit(article("a", "h"));
        dedup.admit(article("b", "h"));
        dedup.admit(article("c", "h"));
        assertThat(dedup.size()).isEqualTo(2);
        assertThat(dedup.admit(article("a", "h"))).isEqualTo(ArticleDeduplicator.Verdict.NEW);
    }
}
