package io.newsflow.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Moves the live enrich application back to an instant, as Kafka's application reset tool does:
 * news.raw is re-read from the first record published (record timestamp) at or after it, news.enriched
 * (read back by the branches) is skipped to its end because re-enrichment writes it again, the internal
 * repartition and changelog topics and the local state are deleted, so dedup and trends start over from
 * that instant. Refuses while an instance still runs: resetting under a live group would be undone by
 * its next commit.
 */
public final class EnrichReset {
    private final Admin admin;
    private final EnrichConfig config;

    /**
     * @param rawOffsets where each news.raw partition is re-read from
     * @param deletedTopics internal topics deleted
     */
    public record Result(Map<TopicPartition, Long> rawOffsets, List<String> deletedTopics) {}

    public EnrichReset(Admin admin, EnrichConfig config) {
        this.admin = admin;
        this.config = config;
    }

    /** @throws IllegalStateException while instances of the application are running */
    public Result resetTo(Instant instant) throws InterruptedException, ExecutionException {
        String group = config.applicationId();
        refuseWhileRunning(group);

        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, Long> rawOffsets = new HashMap<>();
        Map<TopicPartition, Long> rawAt = offsets(config.cluster().topics().raw(), OffsetSpec.forTimestamp(instant.toEpochMilli()));
        Map<TopicPartition, Long> rawEnd = offsets(config.cluster().topics().raw(), OffsetSpec.latest());
        rawAt.forEach((partition, offset) -> {
            long position = offset < 0 ? rawEnd.get(partition) : offset; // nothing at or after the instant: start at the end
            rawOffsets.put(partition, position);
            offsets.put(partition, new OffsetAndMetadata(position));
        });
        offsets(config.cluster().topics().enriched(), OffsetSpec.latest())
                .forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));

        List<String> internal = admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(group + "-") && (name.endsWith("-repartition") || name.endsWith("-changelog")))
                .sorted().toList();
        Set<TopicPartition> internalCommitted = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .keySet().stream().filter(tp -> internal.contains(tp.topic())).collect(Collectors.toSet());
        if (!internalCommitted.isEmpty()) {
            admin.deleteConsumerGroupOffsets(group, internalCommitted).all().get();
        }
        admin.alterConsumerGroupOffsets(group, offsets).all().get();
        if (!internal.isEmpty()) {
            admin.deleteTopics(internal).all().get();
        }
        deleteRecursively(config.stateDir().resolve(group));
        return new Result(rawOffsets, internal);
    }

    private void refuseWhileRunning(String group) throws InterruptedException, ExecutionException {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
            if (!description.members().isEmpty()) {
                String hosts = description.members().stream().map(m -> m.host()).distinct().sorted()
                        .collect(Collectors.joining(", "));
                throw new IllegalStateException("The enrich application " + group + " still has " + description.members().size()
                        + " running consumer(s) (on " + hosts + "): stop every instance before resetting it.");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) throws InterruptedException, ExecutionException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the local state " + dir + " of the enrich application", e);
        }
    }
}
