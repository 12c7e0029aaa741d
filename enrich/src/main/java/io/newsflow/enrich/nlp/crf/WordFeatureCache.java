package io.newsflow.enrich.nlp.crf;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The features of recently seen words, shared by the stream threads and bounded. Two generations: words
 * go into the young map; when it holds half the capacity it becomes the old map and the previous old map is
 * dropped; a word found in the old map moves back to the young one. So at most {@code capacity} words are
 * held, the words in use stay, and a lookup is one or two concurrent-map reads without a lock.
 *
 * <p>Why a cache: a word's own features (its shape, class, n-grams and their ids) cost microseconds to work
 * out and the same few thousand words make most of the news, so they are worked out once per word rather
 * than once per token. A word's features depend on the word alone, so two threads that work one out at the
 * same time get equal results and either may win.
 */
final class WordFeatureCache {
    private final int generation;
    private final Function<String, WordFeatures> compute;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile ConcurrentHashMap<String, WordFeatures> young;
    private volatile ConcurrentHashMap<String, WordFeatures> old;

    /** @param capacity words kept at most; 0 works every word out each time */
    WordFeatureCache(int capacity, Function<String, WordFeatures> compute) {
        this.generation = capacity / 2;
        this.compute = compute;
        this.young = new ConcurrentHashMap<>();
        this.old = new ConcurrentHashMap<>();
    }

    WordFeatures get(String word) {
        if (generation == 0) {
            return compute.apply(word);
        }
        ConcurrentHashMap<String, WordFeatures> current = young;
        WordFeatures features = current.get(word);
        if (features != null) {
            hits.increment();
            return features;
        }
        features = old.get(word);
        if (features == null) {
            misses.increment();
            features = compute.apply(word);
        } else {
            hits.increment();
        }
        current.put(word, features);
        if (current.size() >= generation) {
            age(current);
        }
        return features;
    }

    private synchronized void age(ConcurrentHashMap<String, WordFeatures> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>(generation * 4 / 3 + 1);
        }
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    int size() {
        return young.size() + old.size();
    }
}
