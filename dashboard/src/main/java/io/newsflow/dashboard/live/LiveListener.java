package io.newsflow.dashboard.live;

import io.newsflow.dashboard.query.AlertView;
import io.newsflow.dashboard.query.ArticleSummary;

/** Receives what a {@link LiveFeed} sees, on the feed's thread: it must return quickly and never throw. */
public interface LiveListener {
    void article(ArticleSummary article);

    void alert(AlertView alert);
}
