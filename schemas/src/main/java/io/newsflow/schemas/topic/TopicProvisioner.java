package io.newsflow.schemas.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of the catalogue that do not exist yet and waits until every partition is online.
 *
 * <p>Why the wait: {@code createTopics().all().get()} returns before the partitions have leaders, and
 * records sent in that gap can be lost even by an idempotent producer with acks=all (KAFKA-15591).
 * A successful {@code listOffsets} of every partition proves the leaders are serving.
 */
public final class TopicProvisioner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final short replicationFactor;
    private final Duration timeout;

    public TopicProvisioner(Admin admin, short replicationFactor, Duration timeout) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
        this.timeout = timeout;
    }

    /** Creates the missing topics of {@code specs}, then waits until all of them are online. */
    public void ensure(List<TopicSpec> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), replicationFactor).configs(spec.configs()));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            awaitOnline(specs.stream().map(TopicSpec::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + specs.stream().map(TopicSpec::name).toList()
                    + " within " + timeout.toSeconds() + " s: " + rootMessage(e), e);
        }
    }

    /** Waits until every partition of {@code topics} answers a list-offsets request. */
    public void awaitOnline(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                descriptions.values().forEach(d -> d.partitions()
                        .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
