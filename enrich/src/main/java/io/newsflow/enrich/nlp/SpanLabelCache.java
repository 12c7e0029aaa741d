package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.HasWord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The CRF's labels of recently seen token sequences, least recently used dropped first. The CRF labels
 * each span on its own, from its words alone, so the same words always get the same labels: a hit is
 * exactly what the model would say, at the cost of one string and one map lookup instead of the
 * feature extraction. News repeats itself word for word: syndicated copies of a story (re-published
 * with a new headline or a trimmed paragraph), datelines, bylines, "Reporting by ...; Editing by ..."
 * lines, the boilerplate of a source. Bounded, shared by the stream threads (one lock; a lookup is
 * microseconds against the CRF's milliseconds).
 */
final class SpanLabelCache {
    /** Separates words in a key; cannot occur inside a PTB token. */
    private static final char SEPARATOR = '\u0000';

    private final int capacity;
    private final Map<String, String[]> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity spans kept; 0 disables the cache */
    SpanLabelCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
                return size() > capacity;
            }
        };
    }

    static String key(List<? extends HasWord> tokens) {
        StringBuilder key = new StringBuilder(tokens.size() * 8);
        for (HasWord token : tokens) {
            key.append(token.word()).append(SEPARATOR);
        }
        return key.toString();
    }

    /**
     * The labels of {@code tokens}: remembered ones, or those {@code classify} gives (then remembered).
     * With capacity 0 it only calls {@code classify}. The caller must not change the array.
     */
    <T extends HasWord> String[] labels(List<T> tokens, Function<List<T>, String[]> classify) {
        if (capacity == 0) {
            return classify.apply(tokens);
        }
        String key = key(tokens);
        String[] labels = get(key);
        if (labels == null) {
            labels = classify.apply(tokens);
            put(key, labels);
        }
        return labels;
    }

    /** The labels stored for {@code key}, or null; the caller must not change the array. */
    String[] get(String key) {
        if (capacity == 0) {
            return null;
        }
        String[] labels;
        synchronized (entries) {
            labels = entries.get(key);
        }
        (labels == null ? misses : hits).incrementAndGet();
        return labels;
    }

    void put(String key, String[] labels) {
        if (capacity == 0) {
            return;
        }
        synchronized (entries) {
            entries.put(key, labels);
        }
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
