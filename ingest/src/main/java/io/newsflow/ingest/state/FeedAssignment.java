package io.newsflow.ingest.state;

import io.newsflow.schemas.avro.FeedState;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares one feed list between several ingest instances without polling a feed twice: every instance
 * joins one consumer group on news.feed-state; the partitions it is assigned decide the feeds it
 * polls (those whose URL hashes to them, {@link FeedStateReader#partitionOf}). On assignment the
 * feeds' stored state is read back and they are handed to the scheduler; on revocation they are
 * taken away after the last state was flushed, so the next owner resumes from it. The group
 * consumer itself reads nothing (its partitions stay paused): it only holds the membership.
 */
public final class FeedAssignment implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedAssignment.class);

    /** Receives the feeds this instance gains and loses. */
    public interface Listener {
        void assigned(List<String> feedUrls, Map<String, FeedState> states);

        void revoked(List<String> feedUrls);
    }

    private final Consumer<String, FeedState> groupConsumer;
    private final FeedStateReader reader;
    private final String topic;
    private final List<String> feedUrls;
    private final Listener listener;
    private final Runnable beforeRevoke;
    private final Set<Integer> owned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public FeedAssignment(Consumer<String, FeedState> groupConsumer, FeedStateReader reader, String topic,
                          List<String> feedUrls, Listener listener, Runnable beforeRevoke) {
        this.groupConsumer = groupConsumer;
        this.reader = reader;
        this.topic = topic;
        this.feedUrls = List.copyOf(feedUrls);
        this.listener = listener;
        this.beforeRevoke = beforeRevoke;
    }

    /** Feeds of {@code feedUrls} whose state partition is in {@code partitions}. */
    public static List<String> feedsOf(List<String> feedUrls, Collection<Integer> partitions, int partitionCount) {
        return feedUrls.stream().filter(u -> partitions.contains(FeedStateReader.partitionOf(u, partitionCount))).toList();
    }

    @Override
    public void run() {
        int partitionCount = reader.partitionCount();
        groupConsumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                give(partitions, partitionCount);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                give(partitions, partitionCount);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                Set<Integer> gained = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
                groupConsumer.pause(partitions);
                if (gained.isEmpty()) {
                    return;
                }
                owned.addAll(gained);
                Map<String, FeedState> states = reader.read(gained, Duration.ofMinutes(2));
                List<String> feeds = feedsOf(feedUrls, gained, partitionCount);
                LOG.info("Ingest now owns feed-state partitions {}: {} feeds ({} with stored state)", owned, feeds.size(),
                        feeds.stream().filter(states::containsKey).count());
                listener.assigned(feeds, states);
            }
        });
        try {
            while (!closed) {
                groupConsumer.poll(Duration.ofMillis(500));
            }
        } catch (WakeupException e) {
            if (!closed) {
                throw e;
            }
        } finally {
            groupConsumer.close();
        }
    }

    private void give(Collection<TopicPartition> partitions, int partitionCount) {
        Set<Integer> lost = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        if (lost.isEmpty()) {
            return;
        }
        List<String> feeds = feedsOf(feedUrls, lost, partitionCount);
        listener.revoked(feeds);
        beforeRevoke.run();
        owned.removeAll(lost);
        LOG.info("Ingest gave away feed-state partitions {} ({} feeds)", lost, feeds.size());
    }

    public Set<Integer> owned() {
        return Set.copyOf(owned);
    }

    @Override
    public void close() {
        closed = true;
        groupConsumer.wakeup();
    }
}
