package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.AlertRule;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Adds, lists and removes alert rules in the compacted topic news.alert-rules: the one place rules live,
 * so every enrich instance sees the same set and a restart loses nothing. Used by {@code newsflow rules},
 * {@code newsflow run --rules FILE} and the dashboard's REST API.
 *
 * <p>A rule is validated before anything is written (an invalid query is refused with the parser's
 * message and column). Writing the same definition again changes nothing; a changed definition gets the
 * next version, which is part of every alert id, so an edited rule may alert again on a story. Removal
 * writes a tombstone. {@link #list()} reads the topic from the start to its end (read_committed), so it
 * sees every acknowledged change. Two admins editing the same rule at the same instant may both write the
 * same next version; the later write wins.
 */
public final class RuleAdmin implements Closeable {
    private final Map<String, Object> clientProperties;
    private final String topic;
    private final Serde<AlertRule> serde;
    private final RuleValidator validator;
    private final Clock clock;
    private final Duration timeout;
    private final KafkaProducer<String, AlertRule> producer;

    /**
     * @param clientProperties bootstrap.servers and any security settings ({@code ClusterConfig.clientProperties()})
     * @param topic the rules topic ({@code Topics.alertRules()})
     * @param serde the AlertRule serde ({@code NewsflowSerdes.alertRule()}), already configured
     */
    public RuleAdmin(Map<String, Object> clientProperties, String topic, Serde<AlertRule> serde, Clock clock, Duration timeout) {
        this.clientProperties = Map.copyOf(clientProperties);
        this.topic = topic;
        this.serde = serde;
        this.validator = new RuleValidator(new RuleQueryParser(RuleAnalyzer.create()));
        this.clock = clock;
        this.timeout = timeout;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-rule-admin");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout.toMillis(), 5_000));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5_000));
        this.producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
    }

    /** Validates a rule without storing it; throws {@link InvalidRuleException}. */
    public void validate(RuleDefinition rule) {
        validator.validate(rule);
    }

    /** Stores a new or changed rule and returns it as stored (the unchanged stored rule when nothing changed). */
    public AlertRule put(RuleDefinition rule) {
        return putAll(List.of(rule)).get(0);
    }

    /** Stores several rules after validating all of them: one bad rule stores none. */
    public List<AlertRule> putAll(List<RuleDefinition> rules) {
        rules.forEach(validator::validate);
        Map<String, AlertRule> current = new HashMap<>();
        list().forEach(r -> current.put(r.getId(), r));
        List<AlertRule> result = new ArrayList<>();
        List<ProducerRecord<String, AlertRule>> writes = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            String id = rule.effectiveId();
            for (AlertRule other : current.values()) {
                if (!other.getId().equals(id) && other.getName().equalsIgnoreCase(rule.name().strip())) {
                    throw new InvalidRuleException("A rule named '" + other.getName() + "' already exists with id '"
                            + other.getId() + "'; rule names are unique.");
                }
            }
            AlertRule existing = current.get(id);
            if (existing != null && sameDefinition(existing, rule)) {
                result.add(existing);
                continue;
            }
            AlertRule stored = existing == null
                    ? rule.toAlertRule(1, clock.instant())
                    : rule.toAlertRule(existing.getVersion() + 1, existing.getCreatedAt());
            current.put(id, stored);
            writes.add(new ProducerRecord<>(topic, id, stored));
            result.add(stored);
        }
        send(writes);
        return List.copyOf(result);
    }

    /**
     * Stores every rule of a JSON or YAML rules file ({@code newsflow run --rules FILE}); one bad rule
     * stores none and the {@link InvalidRuleException} names it.
     */
    public List<AlertRule> putFile(Path file) {
        return putAll(new RulesFile(validator).load(file));
    }

    /** Removes the rule with this id or name; empty when there is none. */
    public Optional<AlertRule> remove(String idOrName) {
        Optional<AlertRule> found = find(idOrName);
        found.ifPresent(rule -> send(List.of(new ProducerRecord<>(topic, rule.getId(), null))));
        return found;
    }

    public Optional<AlertRule> find(String idOrName) {
        List<AlertRule> all = list();
        return all.stream().filter(r -> r.getId().equals(idOrName)).findFirst()
                .or(() -> all.stream().filter(r -> r.getName().equalsIgnoreCase(idOrName.strip())).findFirst());
    }

    /** Every stored rule, by name. */
    public List<AlertRule> list() {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-rule-admin-reader");
        Map<String, AlertRule> rules = new LinkedHashMap<>();
        try (KafkaConsumer<String, AlertRule> consumer = new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Topic " + topic + " does not exist; create the topics first (newsflow creates them at start-up).");
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading " + topic + " to its end took longer than " + timeout.toSeconds() + " s.");
                }
                for (ConsumerRecord<String, AlertRule> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null) {
                        continue;
                    }
                    if (record.value() == null) {
                        rules.remove(record.key());
                    } else {
                        rules.put(record.key(), record.value());
                    }
                }
            }
        }
        List<AlertRule> list = new ArrayList<>(rules.values());
        list.sort(Comparator.comparing(r -> r.getName().toLowerCase(Locale.ROOT)));
        return List.copyOf(list);
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void send(List<ProducerRecord<String, AlertRule>> writes) {
        List<Future<?>> futures = new ArrayList<>();
        writes.forEach(w -> futures.add(producer.send(w)));
        producer.flush();
        for (var future : futures) {
            try {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while storing rules in " + topic, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Storing a rule in " + topic + " failed: " + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Storing a rule in " + topic + " was not acknowledged within " + timeout.toSeconds() + " s.", e);
            }
        }
    }

    private static boolean sameDefinition(AlertRule stored, RuleDefinition rule) {
        AlertRule wanted = rule.toAlertRule(stored.getVersion(), stored.getCreatedAt());
        return Objects.equals(stored, wanted);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
