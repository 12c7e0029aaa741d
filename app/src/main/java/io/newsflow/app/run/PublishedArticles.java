package io.newsflow.app.run;

import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.publish.DeliveryReport;
import io.newsflow.schemas.avro.RawArticle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link ArticleSink} that remembers the id and revision of everything it passes on, so
 * {@code run --once} knows which articles it must see stored before it may exit.
 */
final class PublishedArticles implements ArticleSink {
    private final ArticleSink delegate;
    private final Map<String, Integer> revisions = new ConcurrentHashMap<>();

    PublishedArticles(ArticleSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void publish(RawArticle article) {
        revisions.merge(article.getId(), article.getRevision(), Math::max);
        delegate.publish(article);
    }

    @Override
    public DeliveryReport flush() {
        return delegate.flush();
    }

    /** Article id to the highest revision published in this run. */
    Map<String, Integer> revisions() {
        return Map.copyOf(revisions);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
