package io.newsflow.chaos.evolution;

import io.newsflow.chaos.ChaosTarget;
import io.newsflow.chaos.Provisioning;
import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.TopicReader;
import io.newsflow.chaos.load.FastEnricher;
import io.newsflow.chaos.load.SyntheticArticles;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CompatibilityLevel;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.GenericAvroSerializer;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A newer producer meets older enrich code. A v2 RawArticle (v1 plus an optional {@code paywalled}
 * field with a default) registers under BACKWARD compatibility; articles written with v1 and with v2,
 * interleaved, all come out of the unchanged enrich topology, which reads v2 with its v1 class through
 * Avro schema resolution. An incompatible v2 (a new field without a default, which v2 code could not
 * read from the records already written) is refused at registration, the start-up step of every stage,
 * with the field named. Then the fingerprint's change ({@link FingerprintEvolution}): EnrichedArticle's long
 * {@code simHash} became {@code simHashHex}; articles written before and after it all decode.
 *
 * @param articlesPerVersion articles written with each schema version
 */
public record EvolutionScenario(int articlesPerVersion) {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    public ScenarioReport run(ChaosTarget target, PrintStream progress) throws Exception {
        ScenarioReport report = new ScenarioReport("evolution").load(4L * articlesPerVersion);
        EnrichConfig config = EnrichConfig.from(target.settings());
        FingerprintEvolution fingerprint = new FingerprintEvolution(articlesPerVersion, target.topicPrefix().replace(".", "") + "f");
        int fingerprintBefore = fingerprint.registerBefore(
                new SchemaRegistryClient(config.cluster().registryUrl(), config.cluster().registry()),
                config.cluster().topics().enriched(), report);
        SchemaRegistryClient registry = Provisioning.provision(config.cluster());
        NewsflowSerdes serdes = new NewsflowSerdes(registry);
        String raw = config.cluster().topics().raw();
        String subject = raw + "-value";
        registry.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);
        SchemaRegistrar registrar = new SchemaRegistrar(registry);

        Schema v2 = withField(RawArticle.getClassSchema(), new Schema.Field("paywalled", Schema.create(Schema.Type.BOOLEAN),
                "True when the article sits behind a paywall (v2).", false));
        int v2Id = registrar.register(subject, v2);
        report.did("registered RawArticle v2 (new optional field 'paywalled', default false) under " + subject + " as id " + v2Id);
        report.verify(true, "a compatible v2 is accepted at registration");

        Schema bad = withField(RawArticle.getClassSchema(), new Schema.Field("region", Schema.create(Schema.Type.STRING),
                "Required region, no default (incompatible).", (Object) null));
        report.fault();
        try {
            registrar.register(subject, bad);
            report.verify(false, "an incompatible v2 (required 'region' without default) was accepted");
        } catch (RuntimeException e) {
            report.did("tried to register an incompatible v2 (required field 'region' without a default): " + e.getMessage());
            report.verify(e.getMessage() != null && e.getMessage().contains("region"),
                    "the incompatible v2 is refused at start-up with the offending field named");
        }

        SyntheticArticles load = new SyntheticArticles(target.topicPrefix().replace(".", "") + "e");
        GenericAvroSerializer v2Serializer = new GenericAvroSerializer(registry, false, false);
        Map<String, Object> producerProps = new HashMap<>(config.cluster().clientProperties());
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        Set<String> expected = new HashSet<>();
        try (EnrichService service = EnrichService.start(config,
                EnrichTopology.from(config, EnrichSerdes.from(serdes), new FastEnricher(0), List.of()).build());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
             TopicReader enriched = new TopicReader(config.cluster(), config.cluster().topics().enriched());
             TopicReader dead = new TopicReader(config.cluster(), config.cluster().topics().deadLetters())) {
            report.did("started enrich built with the v1 RawArticle class");
            for (int i = 0; i < 2 * articlesPerVersion; i++) {
                RawArticle article = load.article(i);
                byte[] value = i % 2 == 0
                        ? serdes.rawArticle().serializer().serialize(raw, article)
                        : v2Serializer.serialize(raw, asV2(article, v2));
                producer.send(new ProducerRecord<>(raw, article.getId(), value)).get();
                expected.add(article.getId());
            }
            report.did("produced " + articlesPerVersion + " v1 and " + articlesPerVersion + " v2 articles, interleaved");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (enriched.poll(Duration.ofMillis(200)).size() < expected.size() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            enriched.drain(Duration.ofSeconds(1));
            int deadLetters = dead.drain(Duration.ofSeconds(1)).size();
            Set<String> ids = new HashSet<>();
            for (ConsumerRecord<byte[], byte[]> r : enriched.records()) {
                ids.add(new String(r.key(), StandardCharsets.UTF_8));
            }
            long lost = expected.stream().filter(id -> !ids.contains(id)).count();
            long doubled = enriched.records().size() - ids.size();
            report.verify(lost == 0, "old enrich enriched every v1 and v2 article (" + ids.size() + " of " + expected.size() + ")");
            report.verify(deadLetters == 0, "no v2 article was dead-lettered (" + deadLetters + ")");
            report.counts(enriched.records().size() + 2L * articlesPerVersion, lost, doubled);
        }
        fingerprint.verify(config.cluster(), registry, serdes, fingerprintBefore, report);
        return report;
    }

    static Schema withField(Schema schema, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : schema.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(added);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    static GenericRecord asV2(RawArticle article, Schema v2) {
        GenericData.Record record = new GenericData.Record(v2);
        for (Schema.Field f : RawArticle.getClassSchema().getFields()) {
            Object value = article.get(f.pos());
            record.put(f.name(), value instanceof Instant instant ? instant.toEpochMilli() : value);
        }
        record.put("paywalled", true);
        return record;
    }
}
