package io.newsflow.app.alert;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.sink.alert.AlertJson;
import io.newsflow.sink.alert.ConsoleAlerts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow alerts tail}: watch alerts as they are committed to news.alerts. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Alerts as they happen.",
        subcommands = {AlertsCommand.Tail.class})
public final class AlertsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Reads news.alerts read_committed without a consumer group (it never moves delivery's offsets) and
     * prints each alert; records that only update a duplicate count are not repeated. Stops on Ctrl-C.
     */
    @Command(name = "tail", mixinStandardHelpOptions = true, description = "Prints alerts as they arrive, until interrupted.")
    static final class Tail implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--rule", paramLabel = "NAME", description = "Only alerts of this rule (name or id).")
        String rule;

        @Option(names = "--from-beginning", description = "Start with the oldest alert kept, not with the next one.")
        boolean fromBeginning;

        @Option(names = "--json", description = "One JSON object per line (the webhook body).")
        boolean json;

        @Override
        public Integer call() {
            ClusterClients clients = ClusterClients.from(config.settings(Map.of()));
            Map<String, Object> props = new HashMap<>(clients.cluster().clientProperties());
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-alerts-tail");
            String topic = clients.cluster().topics().alerts();
            var deserializer = clients.serdes().alert().deserializer();
            AlertJson alertJson = new AlertJson();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
                Thread main = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    consumer.wakeup();
                    try {
                        main.join(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    throw new UserFacingException("Topic " + topic + " does not exist: is newsflow running against this cluster?");
                }
                List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.value() == null) {
                            continue;
                        }
                        Alert alert;
                        try {
                            alert = deserializer.deserialize(record.topic(), record.value());
                        } catch (SerializationException e) {
                            System.err.println("Skipping unreadable alert at " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + e.getMessage());
                            continue;
                        }
                        if (alert.getCountUpdate()) {
                            continue;
                        }
                        if (rule != null && !rule.equals(alert.getRuleId()) && !rule.equalsIgnoreCase(alert.getRuleName())) {
                            continue;
                        }
                        System.out.println(json ? alertJson.toLine(alert) : ConsoleAlerts.format(alert));
                        System.out.flush();
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return 0;
            } catch (org.apache.kafka.common.KafkaException e) {
                throw new UserFacingException("Cannot read " + topic + ": " + e.getMessage(), e);
            }
        }
    }
}
