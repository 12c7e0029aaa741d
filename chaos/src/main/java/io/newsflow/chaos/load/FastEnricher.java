package io.newsflow.chaos.load;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An enricher without models, so a fault scenario spends its time on the fault and not on NLP: it finds
 * one known place name by text search. An optional delay per article stretches processing so that a
 * kill lands while work is in flight, as it would with the real enricher.
 */
public final class FastEnricher implements ArticleEnricher {
    private static final String ROTTERDAM_ID = "geonames:2747891";
    private final long delayNanos;

    public FastEnricher(long delayMillis) {
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    @Override
    public EnrichedArticle enrich(RawArticle raw, int enrichmentVersion) {
        if (delayNanos > 0) {
            LockSupport.parkNanos(delayNanos);
        }
        String text = raw.getTitle() + "\n\n" + raw.getBody();
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int at = text.indexOf(SyntheticArticles.ALERT_WORD);
        if (at >= 0) {
            mentions.add(new Mention(ROTTERDAM_ID, SyntheticArticles.ALERT_WORD, at, at + SyntheticArticles.ALERT_WORD.length()));
            entities.add(Entity.newBuilder().setId(ROTTERDAM_ID).setName(SyntheticArticles.ALERT_WORD)
                    .setType(EntityType.LOCATION).setMentions(1).setTone(0.0)
                    .setInTitle(raw.getTitle().contains(SyntheticArticles.ALERT_WORD)).build());
        }
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setTitle(raw.getTitle())
                .setBody(raw.getBody())
                .setSummary(raw.getSummary())
                .setSource(raw.getSource())
                .setFeedUrl(raw.getFeedUrl())
                .setPublishedAt(raw.getPublishedAt())
                .setRevision(raw.getRevision())
                .setContentHash(raw.getContentHash())
                .setEnrichmentVersion(enrichmentVersion)
                .setEnrichedAt(Instant.now())
                .setLanguage("en")
                .setEntities(entities)
                .setMentions(mentions)
                .build();
    }
}
