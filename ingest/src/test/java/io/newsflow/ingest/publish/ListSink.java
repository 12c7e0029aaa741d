package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink for tests: every article published, acknowledged at once. */
public final class ListSink implements ArticleSink {
    public final List<RawArticle> articles = new ArrayList<>();

    @Override
    public synchronized void publish(RawArticle article) {
        articles.add(RawArticle.newBuilder(article).build());
    }

    @Override
    public synchronized DeliveryReport flush() {
        return new DeliveryReport(articles.size(), 0, List.of());
    }

    @Override
    public void close() {
    }
}
