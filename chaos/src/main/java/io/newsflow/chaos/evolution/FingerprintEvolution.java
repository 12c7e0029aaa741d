package io.newsflow.chaos.evolution;

import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.TopicReader;
import io.newsflow.config.ClusterConfig;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.fingerprint.SimHashHex;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.GenericAvroSerializer;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fingerprint's schema change, played as an upgrade: a deployment registered EnrichedArticle with the
 * fingerprint as an Avro {@code long simHash} (64 random bits, which JavaScript readers refuse); the new code
 * registers {@code simHashHex} (16 hex digits) over it under BACKWARD, by removing the old field and adding the
 * new one with a default, since Avro cannot promote a long to a string. Articles written before the change,
 * with hashes beyond 2^53, and after it, all decode with the new code; the old ones with the default.
 *
 * <p>{@link #registerBefore} runs before the stages register their schemas (as the old deployment did),
 * {@link #verify} after.
 */
final class FingerprintEvolution {
    /** The contract as registered before the change, kept in the schemas jar. */
    static final String BEFORE = "/history/EnrichedArticle-before-simHashHex.avsc";
    private static final long BEYOND_2_POW_53 = 0xF00DF00DF00DF00DL;
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(1);

    private final int articles;
    private final String run;
    private final Schema before;

    FingerprintEvolution(int articles, String run) {
        this.articles = articles;
        this.run = run;
        this.before = readBefore();
    }

    /** Registers the old contract, as the deployment before the change did; returns its id. */
    int registerBefore(SchemaRegistryClient registry, String enrichedTopic, ScenarioReport report) {
        int id = new SchemaRegistrar(registry).register(enrichedTopic + "-value", before);
        report.did("registered EnrichedArticle as before the change (fingerprint as Avro long simHash) under "
                + enrichedTopic + "-value as id " + id);
        return id;
    }

    /** After the stages registered the current contract: old and new articles side by side, all read by new code. */
    void verify(ClusterConfig cluster, SchemaRegistryClient registry, NewsflowSerdes serdes, int beforeId,
                ScenarioReport report) throws Exception {
        String topic = cluster.topics().enriched();
        int nowId = new SchemaRegistrar(registry).register(topic + "-value", EnrichedArticle.getClassSchema());
        report.verify(nowId != beforeId, "the portable fingerprint (simHashHex) is registered over the long simHash under"
                + " BACKWARD as id " + nowId);

        Map<String, Object> producerProps = new HashMap<>(cluster.clientProperties());
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        GenericAvroSerializer oldWriter = new GenericAvroSerializer(registry, false, false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < articles; i++) {
                producer.send(new ProducerRecord<>(topic, id("old", i), oldWriter.serialize(topic, oldArticle(i)))).get();
                producer.send(new ProducerRecord<>(topic, id("new", i),
                        serdes.enrichedArticle().serializer().serialize(topic, newArticle(i)))).get();
            }
        }
        report.did("wrote " + articles + " articles with the old contract (hashes beyond 2^53) and " + articles
                + " with the new one to " + topic);

        int oldRead = 0;
        int newRead = 0;
        int wrong = 0;
        try (TopicReader reader = new TopicReader(cluster, topic)) {
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (oldRead + newRead + wrong < 2 * articles && System.nanoTime() < deadline) {
                oldRead = 0;
                newRead = 0;
                wrong = 0;
                for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
                    String key = new String(r.key(), StandardCharsets.UTF_8);
                    if (!key.startsWith(run + "-")) {
                        continue;
                    }
                    EnrichedArticle read = serdes.enrichedArticle().deserializer().deserialize(topic, r.value());
                    int schemaId = ByteBuffer.wrap(r.value(), 1, 4).getInt();
                    boolean old = key.startsWith(run + "-old-");
                    boolean right = read.getId().equals(key) && read.getTitle().equals("Title of " + key)
                            && (old ? schemaId == beforeId && read.getSimHashHex().equals(SimHashHex.UNKNOWN)
                                    : schemaId == nowId && SimHashHex.parse(read.getSimHashHex()).orElse(0) == BEYOND_2_POW_53 + indexOf(key));
                    if (!right) {
                        wrong++;
                    } else if (old) {
                        oldRead++;
                    } else {
                        newRead++;
                    }
                }
            }
        }
        report.verify(oldRead == articles, "every article written before the change decodes with the new code, fingerprint"
                + " empty (" + oldRead + " of " + articles + ")");
        report.verify(newRead == articles, "every article written after it carries its 64 bits as 16 hex digits ("
                + newRead + " of " + articles + ")");
        report.verify(wrong == 0, "no article decoded wrong (" + wrong + ")");
    }

    private String id(String era, int i) {
        return run + "-" + era + "-" + i;
    }

    private static long indexOf(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    }

    private GenericData.Record oldArticle(int i) {
        String id = id("old", i);
        return new GenericRecordBuilder(before)
                .set("id", id).set("title", "Title of " + id).set("body", "Body of " + id).set("source", "chaos")
                .set("publishedAt", Instant.parse("2026-11-28T06:00:00Z").plusSeconds(i).toEpochMilli())
                .set("contentHash", id).set("enrichmentVersion", 1)
                .set("enrichedAt", Instant.parse("2026-11-28T06:00:05Z").plusSeconds(i).toEpochMilli())
                .set("language", "en").set("simHash", BEYOND_2_POW_53 + i)
                .build();
    }

    private EnrichedArticle newArticle(int i) {
        String id = id("new", i);
        return EnrichedArticle.newBuilder()
                .setId(id).setTitle("Title of " + id).setBody("Body of " + id).setSource("chaos")
                .setPublishedAt(Instant.parse("2026-11-28T06:00:00Z").plusSeconds(i)).setContentHash(id)
                .setEnrichmentVersion(1).setEnrichedAt(Instant.parse("2026-11-28T06:00:05Z").plusSeconds(i))
                .setLanguage("en").setSimHashHex(SimHashHex.of(BEYOND_2_POW_53 + i))
                .build();
    }

    private static Schema readBefore() {
        try (InputStream in = FingerprintEvolution.class.getResourceAsStream(BEFORE)) {
            if (in == null) {
                throw new IllegalStateException(BEFORE + " is missing from the class path (newsflow-schemas jar)");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
