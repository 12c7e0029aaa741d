package io.newsflow.enrich.trend;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EntityTrend;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Answers trend questions from the window stores of every enrich instance. Entities are partitioned
 * by id across instances, so each instance holds whole counts for its entities: the global top N is
 * the top N of the instances' local top N lists, fetched over HTTP from the instances the Streams
 * metadata names, and one entity's counts come from the instance that owns its key.
 */
public final class TrendQueries {
    static final String LOCAL_TOP_PATH = "/trends/top/local";
    static final String LOCAL_ENTITY_PATH = "/trends/entities/";

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration remoteTimeout;

    public TrendQueries(KafkaStreams streams, HostInfo self, HttpClient http, ObjectMapper json, Duration remoteTimeout) {
        this.streams = streams;
        this.self = self;
        this.http = http;
        this.json = json;
        this.remoteTimeout = remoteTimeout;
    }

    /** The {@code n} entities with most articles in the period ending at {@code at}, over every instance. */
    public List<TopEntity> top(TrendPeriod period, int n, Instant at) {
        Collection<StreamsMetadata> instances = streams.streamsMetadataForStore(period.window().storeName());
        List<TopEntity> candidates = new ArrayList<>();
        boolean selfListed = false;
        for (StreamsMetadata instance : instances) {
            if (instance.hostInfo().equals(self)) {
                selfListed = true;
                candidates.addAll(localTop(period, n, at));
            } else {
                candidates.addAll(remote(instance.hostInfo(), LOCAL_TOP_PATH
                        + "?period=" + period.name().toLowerCase() + "&n=" + n + "&at=" + at.toEpochMilli(),
                        new TypeReference<List<TopEntity>>() {}));
            }
        }
        if (!selfListed && instances.isEmpty()) {
            candidates.addAll(localTop(period, n, at)); // not yet assigned anything: answer with what is here
        }
        return candidates.stream().sorted(TopEntity::byRank).limit(n).toList();
    }

    /** The top {@code n} among the entities this instance holds. */
    public List<TopEntity> localTop(TrendPeriod period, int n, Instant at) {
        Map<String, TopEntity> totals = new HashMap<>();
        try (var windows = store(period).fetchAll(at.minus(period.length()), at.minusMillis(1))) {
            while (windows.hasNext()) {
                KeyValue<Windowed<String>, EntityTrend> window = windows.next();
                if (period.counts(window.key.window().start())) {
                    totals.merge(window.key.key(), entity(window.value), TopEntity::plus);
                }
            }
        }
        return totals.values().stream().sorted(TopEntity::byRank).limit(n).toList();
    }

    /** One entity's counts over the period, from the instance that owns it. */
    public Optional<TopEntity> entity(String entityId, TrendPeriod period, Instant at) {
        KeyQueryMetadata owner = streams.queryMetadataForKey(period.window().storeName(), entityId,
                Serdes.String().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE) || owner.activeHost().equals(self)) {
            return localEntity(entityId, period, at);
        }
        List<TopEntity> found = remote(owner.activeHost(), LOCAL_ENTITY_PATH
                + URLEncoder.encode(entityId, StandardCharsets.UTF_8) + "/local?period=" + period.name().toLowerCase()
                + "&at=" + at.toEpochMilli(), new TypeReference<List<TopEntity>>() {});
        return found.stream().findFirst();
    }

    public Optional<TopEntity> localEntity(String entityId, TrendPeriod period, Instant at) {
        TopEntity total = null;
        try (WindowStoreIterator<EntityTrend> windows = store(period).fetch(entityId, at.minus(period.length()), at.minusMillis(1))) {
            while (windows.hasNext()) {
                KeyValue<Long, EntityTrend> window = windows.next();
                if (period.counts(window.key)) {
                    total = total == null ? entity(window.value) : total.plus(entity(window.value));
                }
            }
        }
        return Optional.ofNullable(total);
    }

    private ReadOnlyWindowStore<String, EntityTrend> store(TrendPeriod period) {
        return streams.store(StoreQueryParameters.fromNameAndType(period.window().storeName(),
                QueryableStoreTypes.<String, EntityTrend>windowStore()));
    }

    private static TopEntity entity(EntityTrend trend) {
        return new TopEntity(trend.getEntityId(), trend.getName(), trend.getType().name(), trend.getArticles(),
                trend.getMentions(), trend.getToneSum());
    }

    private <T> T remote(HostInfo host, String pathAndQuery, TypeReference<T> type) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(remoteTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TrendsUnavailableException("Enrich instance " + host.host() + ":" + host.port()
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new TrendsUnavailableException("Enrich instance " + host.host() + ":" + host.port()
                    + " did not answer (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrendsUnavailableException("Interrupted while asking " + uri, e);
        }
    }
}
