package io.newsflow.dashboard.live;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.util.List;

/**
 * The live feed of {@code newsflow run}, where the sink and the dashboard share a process: the sink
 * calls {@link #articlesStored} and {@link #alertsStored} right after each database commit. An article
 * therefore reaches the page only once the page can open and search it, and no second Kafka consumer
 * decodes every record again. Calls before {@link #start} are dropped: nobody is watching yet.
 */
public final class InProcessLiveFeed implements LiveFeed {
    private final LiveViews views = new LiveViews();
    private volatile LiveListener listener;

    @Override
    public void start(LiveListener listener) {
        this.listener = listener;
    }

    /** Articles just committed to the store, in commit order. */
    public void articlesStored(List<EnrichedArticle> articles) {
        LiveListener current = listener;
        if (current != null) {
            articles.forEach(article -> current.article(views.article(article)));
        }
    }

    /** Alerts just committed to the store, in commit order. */
    public void alertsStored(List<Alert> alerts) {
        LiveListener current = listener;
        if (current != null) {
            alerts.forEach(alert -> current.alert(views.alert(alert)));
        }
    }

    @Override
    public void close() {
        listener = null;
    }
}
