package io.newsflow.app.bench.e2e;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.app.enrichbench.EnrichBenchCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Baseline B, the analysis limit: the bare CoreNLP pipeline of {@code bench enrich}
 * ({@code tokenize,ssplit,pos,lemma,ner}, 4-class model, same settings) on the same texts, in
 * process, one pipeline shared by {@code threads} threads.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(EnrichBenchCommand.baselineProperties());

    /** Annotates every text once, {@code threads} at a time; returns the wall-clock seconds. */
    public double annotateAll(List<String> texts, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int k;
                    while ((k = next.getAndIncrement()) < texts.size()) {
                        pipeline.annotate(new Annotation(texts.get(k)));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
