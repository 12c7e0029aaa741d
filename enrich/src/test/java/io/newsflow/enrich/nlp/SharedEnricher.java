package io.newsflow.enrich.nlp;

import io.newsflow.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One enricher per test JVM: loading CoreNLP takes seconds and most of a gigabyte, so the test
 * classes share this instance (the enricher is thread-safe and stateless between calls).
 */
public final class SharedEnricher {
    private static NlpModels models;
    private static NlpArticleEnricher instance;

    private SharedEnricher() {
    }

    public static synchronized NlpModels models() {
        if (models == null) {
            models = NlpModels.load(NerTagger.FOUR_CLASS_MODEL, NlpConfig.DEFAULT_SPAN_CACHE, true);
        }
        return models;
    }

    /** The enricher with default settings (the second opinion loaded but not asked). */
    public static synchronized NlpArticleEnricher get() {
        if (instance == null) {
            instance = new NlpArticleEnricher(NlpConfig.defaults(), models(), Clock.systemUTC());
        }
        return instance;
    }

    /** An enricher with other settings over the same models. */
    public static NlpArticleEnricher with(NlpConfig config) {
        return new NlpArticleEnricher(config, models(), Clock.systemUTC());
    }

    /** A raw article as ingest would produce it from a title and a body. */
    public static RawArticle raw(String id, String title, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setSource("test")
                .setPublishedAt(Instant.parse("2025-11-25T12:00:00Z"))
                .setFetchedAt(Instant.parse("2025-11-25T12:01:00Z"))
                .setContentHash("hash-" + id)
                .setAuthors(List.of())
                .setCategories(List.of())
                .build();
    }
}
