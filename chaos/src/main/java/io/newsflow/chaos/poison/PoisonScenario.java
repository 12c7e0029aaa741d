package io.newsflow.chaos.poison;

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
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.DeadLetterHeaders;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts the four kinds of poison of issue 9 into news.raw between good articles, all under one key so
 * they share a partition and the good ones after them can only come through if the poison is stepped
 * over: random bytes, a wrong magic byte, an unknown schema id and a truncated Avro body. Each must land
 * in the dead-letter topic with the original bytes and headers saying where and why; every good article
 * must be enriched, and enrich must still run. The enrich topology is the production one (with the
 * model-free enricher).
 *
 * @param goodArticles good articles on each side of the poison
 */
public record PoisonScenario(int goodArticles) {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    public ScenarioReport run(ChaosTarget target, PrintStream progress) throws Exception {
        ScenarioReport report = new ScenarioReport("poison").load(2L * goodArticles + 4);
        EnrichConfig config = EnrichConfig.from(target.settings());
        NewsflowSerdes serdes = new NewsflowSerdes(Provisioning.provision(config.cluster()));
        String raw = config.cluster().topics().raw();
        SyntheticArticles load = new SyntheticArticles(target.topicPrefix().replace(".", "") + "p");
        byte[] sample = serdes.rawArticle().serializer().serialize(raw, load.article(999_999));

        Map<String, byte[]> poison = new LinkedHashMap<>();
        byte[] random = new byte[256];
        new Random(9).nextBytes(random);
        random[0] = 42;
        poison.put("random bytes", random);
        byte[] wrongMagic = sample.clone();
        wrongMagic[0] = 7;
        poison.put("wrong magic byte", wrongMagic);
        byte[] unknownId = sample.clone();
        ByteBuffer.wrap(unknownId, 1, 4).putInt(876_543);
        poison.put("unknown schema id", unknownId);
        poison.put("truncated Avro body", Arrays.copyOf(sample, sample.length / 2));

        Map<String, Object> producerProps = new java.util.HashMap<>(config.cluster().clientProperties());
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        try (EnrichService service = EnrichService.start(config,
                EnrichTopology.from(config, EnrichSerdes.from(serdes), new FastEnricher(0), List.of()).build());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
             TopicReader enriched = new TopicReader(config.cluster(), config.cluster().topics().enriched());
             TopicReader dead = new TopicReader(config.cluster(), config.cluster().topics().deadLetters())) {
            report.did("started enrich (production topology, model-free enricher) on " + raw);
            for (int i = 0; i < goodArticles; i++) {
                producer.send(new ProducerRecord<>(raw, "one-partition", serdes.rawArticle().serializer().serialize(raw, load.article(i)))).get();
            }
            for (Map.Entry<String, byte[]> p : poison.entrySet()) {
                producer.send(new ProducerRecord<>(raw, "one-partition", p.getValue())).get();
                report.fault();
            }
            for (int i = goodArticles; i < 2 * goodArticles; i++) {
                producer.send(new ProducerRecord<>(raw, "one-partition", serdes.rawArticle().serializer().serialize(raw, load.article(i)))).get();
            }
            report.did("produced " + goodArticles + " good articles, then " + String.join(", ", poison.keySet()) + ", then "
                    + goodArticles + " good articles, all in one partition");

            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while ((enriched.poll(Duration.ofMillis(200)).size() < 2 * goodArticles || dead.poll(Duration.ofMillis(50)).size() < poison.size())
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            enriched.drain(Duration.ofSeconds(1));
            dead.drain(Duration.ofSeconds(1));

            Set<String> ids = new HashSet<>();
            for (ConsumerRecord<byte[], byte[]> r : enriched.records()) {
                ids.add(serdes.enrichedArticle().deserializer().deserialize(config.cluster().topics().enriched(), r.value()).getId());
            }
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 2 * goodArticles; i++) {
                expected.add(load.id(i));
            }
            long lost = expected.stream().filter(id -> !ids.contains(id)).count();
            long doubled = enriched.records().size() - ids.size();
            report.verify(lost == 0, "every good article before and after the poison was enriched (" + ids.size() + " of "
                    + expected.size() + ")");
            List<ConsumerRecord<byte[], byte[]>> letters = dead.records();
            report.verify(letters.size() == poison.size(), "each poison record landed in " + config.cluster().topics().deadLetters()
                    + " once (" + letters.size() + " dead letters)");
            List<byte[]> values = new ArrayList<>(poison.values());
            for (int i = 0; i < Math.min(letters.size(), values.size()); i++) {
                ConsumerRecord<byte[], byte[]> letter = letters.get(i);
                String name = new ArrayList<>(poison.keySet()).get(i);
                String reason = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.MESSAGE);
                boolean holds = Arrays.equals(letter.value(), values.get(i))
                        && raw.equals(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.TOPIC))
                        && DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.OFFSET) != null
                        && reason != null && !reason.isBlank();
                report.verify(holds, name + ": original bytes kept, source topic and offset in headers, reason: " + reason);
            }
            long poisonLost = Math.max(0, poison.size() - letters.size());
            report.verify(service.streams().state().isRunningOrRebalancing(), "enrich still runs ("
                    + service.streams().state() + ")");
            report.counts(enriched.records().size() + letters.size(), lost + poisonLost, doubled);
        }
        return report;
    }

}
