package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordFeatureCacheTest {
    private final AtomicInteger computed = new AtomicInteger();
    private final Function<String, WordFeatures> compute = word -> {
        computed.incrementAndGet();
        return new WordFeatures(word, 0, 0, 0, new int[0], new int[0], new int[0], -1, -1, new int[0], new int[0],
                new int[0], new double[15], false, false, false, false);
    };

    @Test
    void worksAWordOutOnceAndThenAnswersFromMemory() {
        WordFeatureCache cache = new WordFeatureCache(100, compute);
        WordFeatures first = cache.get("Putin");

        assertThat(cache.get(new String("Putin"))).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void holdsNoMoreWordsThanItsCapacity() {
        WordFeatureCache cache = new WordFeatureCache(100, compute);
        for (int i = 0; i < 10_000; i++) {
            cache.get("word" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void keepsTheWordsInUseWhenItDropsOthers() {
        WordFeatureCache cache = new WordFeatureCache(100, compute);
        for (int i = 0; i < 10_000; i++) {
            cache.get("the");
            cache.get("rare" + i);
        }
        computed.set(0);
        cache.get("the");
        assertThat(computed).hasValue(0);
    }

    @Test
    void withNoCapacityWorksEveryWordOutEachTime() {
        WordFeatureCache cache = new WordFeatureCache(0, compute);
        cache.get("Putin");
        cache.get("Putin");
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
