package io.newsflow.app.ingest;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.Settings;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.http.AddressGuard;
import io.newsflow.ingest.http.FetchRequest;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.publish.DeliveryReport;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.ingest.state.InMemoryFeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench ingest}: polls a simulated population of feeds (default 10,000 on 500 hosts)
 * served from loopback, for several rounds: the first fetches and parses everything, the next ones
 * are mostly 304 with a few feeds publishing a new item, as on a real 5-minute cycle. Prints per
 * round the wall time, ingest CPU (process CPU minus the simulated server's threads), fetch latency
 * percentiles, and memory; and a baseline in the same run: bare conditional GETs of every feed on the
 * same HTTP client, without parsing, state or dedup. Articles go to a counting sink (no Kafka), so
 * the figures are ingest's own cost.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Simulates N feeds on a loopback server and measures ingest's CPU, memory and latency per polling cycle.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--feeds", defaultValue = "10000", description = "Simulated feeds (default ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--hosts", defaultValue = "500", description = "Hosts they are spread over (default ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--rounds", defaultValue = "4", description = "Polling rounds; the first is cold (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--changed", defaultValue = "0.02", description = "Fraction of feeds with a new item per round (default ${DEFAULT-VALUE}).")
    double changed;

    @Option(names = "--workers", defaultValue = "64", description = "Concurrent feed polls (ingest.concurrency, default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--host-delay", defaultValue = "250ms", description = "Politeness delay per host (default ${DEFAULT-VALUE}).")
    String hostDelay;

    @Option(names = "--per-feed-metrics", defaultValue = "true", arity = "1", description = "Tag metrics per feed (default ${DEFAULT-VALUE}).")
    boolean perFeedMetrics;

    @Override
    public Integer call() throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("bench ingest: %,d feeds on %,d hosts, %d rounds, %.1f%% changed per round, %d workers, host delay %s, %d cores, max heap %d MB%n",
                feeds, hosts, rounds, changed * 100, workers, hostDelay, os.getAvailableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        IngestConfig config = IngestConfig.from(Settings.empty().with(Map.of(
                "ingest.host.delay", hostDelay,
                "ingest.concurrency", Integer.toString(workers),
                "ingest.fetch.full.text", "false",
                "ingest.metrics.per.feed", Boolean.toString(perFeedMetrics),
                "ingest.http.timeout", "60s"), "bench"));
        Random random = new Random(42);
        try (SimulatedFeedServer server = new SimulatedFeedServer(feeds, 8)) {
            HttpClient.Builder client = HttpClient.newBuilder()
                    .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())));
            HttpFetcher http = HttpFetcher.create(config, "bench", client, AddressGuard.system());
            List<FeedSubscription> subscriptions = new ArrayList<>(feeds);
            for (int n = 0; n < feeds; n++) {
                subscriptions.add(new FeedSubscription("http://host-" + (n % hosts) + ".sim.test/feed/" + n, null));
            }
            CountingSink sink = new CountingSink();
            InMemoryFeedStateStore store = new InMemoryFeedStateStore();
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            long heapBefore = usedHeapAfterGc(memory);
            try (FeedIngest ingest = FeedIngest.create(config, http, sink, store, meters, Clock.systemUTC())) {
                System.out.println("round  kind     wall_s  ingest_cpu_s  server_cpu_s  feeds/s   304s    published  p50_ms  p99_ms  heap_MB  cpu_share_of_5min_on_2_cores");
                Map<String, FeedState> states = new HashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    if (round > 1) {
                        for (int n = 0; n < feeds; n++) {
                            if (random.nextDouble() < changed) {
                                server.publishNewItem(n);
                            }
                        }
                    }
                    Timer latency = meters.find("newsflow.ingest.fetch.latency").timer();
                    long countBefore = latency == null ? 0 : latency.count();
                    long published0 = sink.count.get();
                    long server304 = server.notModified();
                    long serverCpu0 = server.cpuNanos();
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    PollRound result = ingest.pollOnce(subscriptions, states);
                    double wall = (System.nanoTime() - t0) / 1e9;
                    double serverCpu = (server.cpuNanos() - serverCpu0) / 1e9;
                    double ingestCpu = (os.getProcessCpuTime() - cpu0) / 1e9 - serverCpu;
                    states = store.all();
                    Timer after = meters.find("newsflow.ingest.fetch.latency").timer();
                    double[] pct = percentiles(after);
                    System.out.printf("%5d  %-7s %7.1f  %12.2f  %12.2f  %7.0f  %6d  %9d  %6.1f  %6.1f  %7d  %.1f%%%n",
                            round, round == 1 ? "cold" : "steady", wall, ingestCpu, serverCpu, feeds / wall,
                            server.notModified() - server304, sink.count.get() - published0, pct[0], pct[1],
                            usedHeapAfterGc(memory) >> 20, 100 * ingestCpu / (300.0 * 2));
                    if (result.failed() > 0) {
                        System.out.println("  failures: " + result.failed() + ", first: " + result.errors().get(0));
                    }
                    if (after != null && after.count() - countBefore != feeds) {
                        System.out.println("  (latency samples this round: " + (after.count() - countBefore) + ")");
                    }
                }
                long heapAfter = usedHeapAfterGc(memory);
                System.out.printf("memory: heap used after GC %d MB (before the run %d MB; ingest state for %,d feeds ~%d MB), peak RSS %s%n",
                        heapAfter >> 20, heapBefore >> 20, feeds, (heapAfter - heapBefore) >> 20, peakRss());
                baseline(http, subscriptions, states, server, os);
            }
        }
        return 0;
    }

    /** Bare conditional GETs of every feed with the stored validators: what the network part alone costs. */
    private void baseline(HttpFetcher http, List<FeedSubscription> subscriptions, Map<String, FeedState> states,
                          SimulatedFeedServer server, OperatingSystemMXBean os) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long serverCpu0 = server.cpuNanos();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (FeedSubscription s : subscriptions) {
                FeedState state = states.get(s.url());
                futures.add(pool.submit(() -> http.fetch(FetchRequest.feed(s.url(), state == null ? null : state.getEtag(),
                        state == null ? null : state.getLastModified())).status()));
            }
            long notModified = 0;
            for (Future<Integer> f : futures) {
                if (f.get() == 304) {
                    notModified++;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double serverCpu = (server.cpuNanos() - serverCpu0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9 - serverCpu;
            System.out.printf("baseline (bare conditional GETs, same client and politeness): wall %.1f s, client CPU %.2f s, %d x 304%n",
                    wall, cpu, notModified);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] percentiles(Timer timer) {
        double[] out = {Double.NaN, Double.NaN};
        if (timer == null) {
            return out;
        }
        for (ValueAtPercentile v : timer.takeSnapshot().percentileValues()) {
            if (v.percentile() == 0.5) {
                out[0] = v.value(java.util.concurrent.TimeUnit.MILLISECONDS);
            } else if (v.percentile() == 0.99) {
                out[1] = v.value(java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        return out;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "unknown";
    }

    /** Counts articles instead of sending them: the bench measures ingest, not Kafka. */
    private static final class CountingSink implements ArticleSink {
        final AtomicLong count = new AtomicLong();

        @Override
        public void publish(RawArticle article) {
            count.incrementAndGet();
        }

        @Override
        public DeliveryReport flush() {
            return new DeliveryReport(count.get(), 0, List.of());
        }

        @Override
        public void close() {
        }
    }
}
