package io.newsflow.ingest.schedule;

import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.feed.PollOutcome;
import io.newsflow.ingest.state.FeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the feeds this instance owns, each on its own schedule: a delay queue ordered by next poll
 * time feeds a fixed pool of workers; after each poll the feed's interval is recomputed, its state
 * saved to the store, and it is queued again. Feeds are added when their partition of
 * news.feed-state is assigned to this instance and removed when it is revoked, so no feed is polled
 * by two instances. {@link #pollOnce} polls a list once and returns (the {@code --once} mode).
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedPoller poller;
    private final FeedStateStore store;
    private final IntervalPolicy intervals;
    private final Clock clock;
    private final int workers;
    private final Map<String, Entry> feeds = new ConcurrentHashMap<>();
    private final DelayQueue<Due> queue = new DelayQueue<>();
    private final AtomicLong generations = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private ExecutorService pool;

    private static final class Entry {
        final FeedSubscription subscription;
        final long generation;
        volatile FeedState state;

        Entry(FeedSubscription subscription, FeedState state, long generation) {
            this.subscription = subscription;
            this.state = state;
            this.generation = generation;
        }
    }

    private final class Due implements Delayed {
        final String url;
        final long generation;
        final long dueMillis;

        Due(String url, long generation, long dueMillis) {
            this.url = url;
            this.generation = generation;
            this.dueMillis = dueMillis;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueMillis - clock.millis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueMillis, ((Due) other).dueMillis);
        }
    }

    public FeedScheduler(FeedPoller poller, FeedStateStore store, IntervalPolicy intervals, Clock clock, int workers) {
        this.poller = poller;
        this.store = store;
        this.intervals = intervals;
        this.clock = clock;
        this.workers = workers;
    }

    /** Starts polling feed {@code subscription} from {@code state} (null for a new feed), at its stored next poll time. */
    public void add(FeedSubscription subscription, FeedState state) {
        FeedState s = state != null ? state : FeedPoller.initialState(subscription.url());
        poller.remember(s);
        long generation = generations.incrementAndGet();
        feeds.put(subscription.url(), new Entry(subscription, s, generation));
        long due = s.getNextPollAt() == null ? clock.millis() : s.getNextPollAt().toEpochMilli();
        queue.add(new Due(subscription.url(), generation, due));
    }

    /** Stops polling a feed (its partition moved to another instance). */
    public void remove(String feedUrl) {
        feeds.remove(feedUrl);
    }

    public int size() {
        return feeds.size();
    }

    public long polls() {
        return polls.get();
    }

    /** Starts the worker pool; runs until {@link #close()}. */
    public synchronized void start() {
        if (pool != null) {
            return;
        }
        pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "ingest-poller");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(this::work);
        }
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Due due;
            try {
                due = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Entry entry = feeds.get(due.url);
            if (entry == null || entry.generation != due.generation) {
                continue;
            }
            try {
                FeedState next = poll(entry.subscription, entry.state);
                entry.state = next;
                // A feed given away while it was being polled is not saved: its new owner may have read its state already.
                if (feeds.get(due.url) == entry) {
                    store.save(next);
                    queue.add(new Due(due.url, entry.generation, next.getNextPollAt().toEpochMilli()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private FeedState poll(FeedSubscription subscription, FeedState state) throws InterruptedException {
        PollOutcome outcome = poller.poll(subscription, state);
        polls.incrementAndGet();
        FeedState next = outcome.state();
        Duration interval = intervals.next(outcome, Duration.ofSeconds(Math.max(1, state.getIntervalSeconds())));
        next.setIntervalSeconds(Math.max(1, interval.toSeconds()));
        next.setNextPollAt(Instant.ofEpochMilli(clock.millis()).plus(interval));
        if (outcome.failed()) {
            LOG.warn("{} (failure {} in a row, next try in {} s)", outcome.error(), next.getConsecutiveFailures(), interval.toSeconds());
        }
        return next;
    }

    /**
     * Polls each feed once, {@code workers} at a time, saves each state and returns what happened.
     * {@code states} holds stored state by feed URL (missing = new feed).
     */
    public PollRound pollOnce(Collection<FeedSubscription> subscriptions, Map<String, FeedState> states) throws InterruptedException {
        subscriptions.forEach(s -> {
            FeedState state = states.get(s.url());
            if (state != null) {
                poller.remember(state);
            }
        });
        ExecutorService once = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, subscriptions.size())));
        try {
            List<Future<PollOutcome>> futures = new ArrayList<>();
            for (FeedSubscription s : subscriptions) {
                FeedState state = states.getOrDefault(s.url(), FeedPoller.initialState(s.url()));
                futures.add(once.submit(() -> {
                    PollOutcome outcome = poller.poll(s, state);
                    polls.incrementAndGet();
                    FeedState next = outcome.state();
                    Duration interval = intervals.next(outcome, Duration.ofSeconds(Math.max(1, state.getIntervalSeconds())));
                    next.setIntervalSeconds(Math.max(1, interval.toSeconds()));
                    next.setNextPollAt(Instant.ofEpochMilli(clock.millis()).plus(interval));
                    store.save(next);
                    return outcome;
                }));
            }
            int ok = 0;
            int notModified = 0;
            int failed = 0;
            long published = 0;
            long duplicates = 0;
            long revisions = 0;
            List<String> errors = new ArrayList<>();
            for (Future<PollOutcome> f : futures) {
                PollOutcome o;
                try {
                    o = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                    errors.add("internal error: " + e.getCause());
                    continue;
                }
                if (o.failed()) {
                    failed++;
                    errors.add(o.error());
                } else {
                    ok++;
                    if (o.notModified()) {
                        notModified++;
                    }
                }
                published += o.published();
                duplicates += o.duplicates();
                revisions += o.revisions();
            }
            return new PollRound(subscriptions.size(), ok, notModified, failed, published, duplicates, revisions, errors);
        } finally {
            once.shutdownNow();
        }
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool = null;
        }
    }
}
