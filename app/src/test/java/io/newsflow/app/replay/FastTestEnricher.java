package io.newsflow.app.replay;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast, deterministic stand-in for the NLP enricher: it finds a few known names by string search and
 * stamps {@code enrichedAt} with the publication time, so two replays produce byte-identical rows. Replay
 * semantics, not NLP, are under test; {@code delayMillis} makes a replay long enough to interrupt.
 */
final class FastTestEnricher implements ArticleEnricher {
    private record Known(String name, String id, EntityType type) {}

    private static final List<Known> KNOWN = List.of(
            new Known("Rotterdam", "geonames:2747891", EntityType.LOCATION),
            new Known("Vienna", "geonames:2761369", EntityType.LOCATION),
            new Known("FNV", "org:fnv", EntityType.ORGANIZATION));

    private final long delayMillis;
    private final AtomicInteger calls = new AtomicInteger();

    FastTestEnricher(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public EnrichedArticle enrich(RawArticle raw, int enrichmentVersion) {
        calls.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = raw.getTitle() + "\n\n" + raw.getBody();
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Known known : KNOWN) {
            int count = 0;
            for (int at = text.indexOf(known.name()); at >= 0; at = text.indexOf(known.name(), at + 1)) {
                count++;
                mentions.add(new Mention(known.id(), known.name(), at, at + known.name().length()));
            }
            if (count > 0) {
                entities.put(known.id(), Entity.newBuilder().setId(known.id()).setName(known.name())
                        .setType(known.type()).setMentions(count).setTone(0.1 * enrichmentVersion)
                        .setInTitle(raw.getTitle().contains(known.name())).build());
            }
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
                .setEnrichedAt(raw.getPublishedAt())
                .setLanguage("en")
                .setTone(0.1 * enrichmentVersion)
                .setEntities(new ArrayList<>(entities.values()))
                .setMentions(mentions)
                .build();
    }
}
