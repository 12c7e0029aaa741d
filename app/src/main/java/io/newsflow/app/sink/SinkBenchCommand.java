package io.newsflow.app.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench sink}: the store's write path (batched idempotent upserts with version check,
 * entity upserts and mention replacement, full-text index maintenance) against a plain batched JDBC
 * INSERT of the same rows, both measured in the same run on the same database, for SQLite and
 * PostgreSQL. The goal: the sink reaches at least half of the plain insert's rate.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Rows/s of the sink's store writes against plain batched JDBC inserts of the same rows (SQLite and PostgreSQL).")
public final class SinkBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "5000", description = "Articles per round (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--batch", defaultValue = "500", description = "Articles per batch, i.e. per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds per path and target, after one warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--postgres", paramLabel = "URL", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            description = "PostgreSQL to measure in a scratch schema (dropped afterwards), or 'none' (default ${DEFAULT-VALUE}).")
    String postgres;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the SQLite scratch stores go (default: a temporary directory).")
    Path workDir;

    private final PrintStream out = System.out;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        List<EnrichedArticle> all = new BenchArticles(42).generate(articles);
        List<List<EnrichedArticle>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += batch) {
            batches.add(all.subList(i, Math.min(all.size(), i + batch)));
        }
        List<PlainInsert.Rows> rows = PlainInsert.prepare(batches, json);
        long rowCount = rows.stream().mapToLong(PlainInsert.Rows::count).sum();
        out.printf(Locale.ROOT, "newsflow bench sink: %d articles (%d rows: articles, entities, mentions) in batches of %d, %d round(s) after a warm-up%n",
                articles, rowCount, batch, rounds);

        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newsflow-bench-sink-");
        try {
            measure("SQLite", () -> Database.sqliteUrl(dir.resolve(UUID.randomUUID().toString())), batches, rows, rowCount);
            if (!"none".equalsIgnoreCase(postgres)) {
                String problem = reachable(postgres);
                if (problem != null) {
                    out.println("PostgreSQL: skipped, " + postgres + " is not reachable (" + problem + ")");
                } else {
                    List<String> schemas = new ArrayList<>();
                    try {
                        measure("PostgreSQL", () -> scratchSchema(schemas), batches, rows, rowCount);
                    } finally {
                        dropSchemas(schemas);
                    }
                }
            }
        } finally {
            if (workDir == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private interface StoreUrl {
        String next() throws SQLException;
    }

    private void measure(String target, StoreUrl urls, List<List<EnrichedArticle>> batches, List<PlainInsert.Rows> rows,
                         long rowCount) throws SQLException {
        round(urls, batches, rows); // warm-up: JIT, driver, page cache
        List<Double> plainRates = new ArrayList<>();
        List<Double> sinkRates = new ArrayList<>();
        List<Double> replayRates = new ArrayList<>();
        List<Long> plainLatency = new ArrayList<>();
        List<Long> sinkLatency = new ArrayList<>();
        List<Long> replayLatency = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Round result = round(urls, batches, rows);
            plainRates.add(rowCount / seconds(result.plain()));
            sinkRates.add(rowCount / seconds(result.sink()));
            replayRates.add(rowCount / seconds(result.replay()));
            plainLatency.addAll(result.plain());
            sinkLatency.addAll(result.sink());
            replayLatency.addAll(result.replay());
        }
        double plain = median(plainRates);
        double sink = median(sinkRates);
        double replay = median(replayRates);
        out.printf(Locale.ROOT, "%s%n", target);
        line("plain batched INSERT (baseline)", plain, plainLatency, plain, rowCount);
        line("sink write path (new rows)", sink, sinkLatency, plain, rowCount);
        line("sink write path (replay, same rows)", replay, replayLatency, plain, rowCount);
        out.printf(Locale.ROOT, "  goal: sink >= 0.50 x baseline -> %.2f x: %s%n", sink / plain, sink / plain >= 0.5 ? "met" : "NOT met");
    }

    private void line(String name, double rowsPerSecond, List<Long> latencies, double baseline, long rowCount) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "  %-36s %10.0f rows/s %8.0f articles/s   batch p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms   %.2f x baseline%n",
                name, rowsPerSecond, rowsPerSecond * articles / rowCount, millis(sorted, 0.50),
                millis(sorted, 0.95), millis(sorted, 0.99), rowsPerSecond / baseline);
    }

    private record Round(List<Long> plain, List<Long> sink, List<Long> replay) {
    }

    /** One round: baseline into a fresh store, the sink into another fresh store, then the sink again over its own rows. */
    private Round round(StoreUrl urls, List<List<EnrichedArticle>> batches, List<PlainInsert.Rows> rows) throws SQLException {
        List<Long> plain = new ArrayList<>();
        try (Database database = Database.open(urls.next())) {
            PlainInsert insert = new PlainInsert(database.dataSource());
            for (PlainInsert.Rows batchRows : rows) {
                long start = System.nanoTime();
                insert.insert(batchRows);
                plain.add(System.nanoTime() - start);
            }
        }
        List<Long> sink = new ArrayList<>();
        List<Long> replay = new ArrayList<>();
        try (Database database = Database.open(urls.next())) {
            StoreWriter writer = new StoreWriter(database);
            for (List<EnrichedArticle> b : batches) {
                long start = System.nanoTime();
                writer.write(StoreBatch.ofArticles(b));
                sink.add(System.nanoTime() - start);
            }
            for (List<EnrichedArticle> b : batches) {
                long start = System.nanoTime();
                writer.write(StoreBatch.ofArticles(b));
                replay.add(System.nanoTime() - start);
            }
        }
        return new Round(plain, sink, replay);
    }

    private String scratchSchema(List<String> schemas) throws SQLException {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(postgres); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private void dropSchemas(List<String> schemas) {
        try (Connection c = DriverManager.getConnection(postgres); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            out.println("Could not drop the scratch schemas " + schemas + ": " + e.getMessage());
        }
    }

    private static String reachable(String url) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static double seconds(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
