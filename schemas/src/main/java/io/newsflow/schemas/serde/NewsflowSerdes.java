package io.newsflow.schemas.serde;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;

/**
 * The value serdes of every contract, over one registry client, so that each stage asks for
 * {@code serdes.rawArticle()} instead of assembling a serde and its subject rules itself, and all
 * of a process's serdes share one schema cache. Keys are plain strings (article, rule, entity and
 * feed ids) and need no registry.
 */
public final class NewsflowSerdes {
    private final SpecificAvroSerde<RawArticle> rawArticle;
    private final SpecificAvroSerde<EnrichedArticle> enrichedArticle;
    private final SpecificAvroSerde<AlertRule> alertRule;
    private final SpecificAvroSerde<Alert> alert;
    private final SpecificAvroSerde<EntityTrend> entityTrend;
    private final SpecificAvroSerde<FeedState> feedState;

    public NewsflowSerdes(SchemaRegistryClient client) {
        this.rawArticle = new SpecificAvroSerde<>(client, RawArticle.class, false);
        this.enrichedArticle = new SpecificAvroSerde<>(client, EnrichedArticle.class, false);
        this.alertRule = new SpecificAvroSerde<>(client, AlertRule.class, false);
        this.alert = new SpecificAvroSerde<>(client, Alert.class, false);
        this.entityTrend = new SpecificAvroSerde<>(client, EntityTrend.class, false);
        this.feedState = new SpecificAvroSerde<>(client, FeedState.class, false);
    }

    public SpecificAvroSerde<RawArticle> rawArticle() {
        return rawArticle;
    }

    public SpecificAvroSerde<EnrichedArticle> enrichedArticle() {
        return enrichedArticle;
    }

    public SpecificAvroSerde<AlertRule> alertRule() {
        return alertRule;
    }

    public SpecificAvroSerde<Alert> alert() {
        return alert;
    }

    public SpecificAvroSerde<EntityTrend> entityTrend() {
        return entityTrend;
    }

    public SpecificAvroSerde<FeedState> feedState() {
        return feedState;
    }
}
