package io.newsflow.sink.consume;

import io.newsflow.schemas.topic.Topics;
import java.util.ArrayList;
import java.util.List;

/**
 * The topics one sink consumer reads (any of enriched, alerts, trends may be left out, e.g. a replay
 * that rebuilds articles only) and where it puts dead letters.
 */
public record SinkTopics(String enriched, String alerts, String trends, String deadLetters, boolean readEnriched,
                         boolean readAlerts, boolean readTrends) {

    public static SinkTopics all(Topics topics) {
        return new SinkTopics(topics.enriched(), topics.alerts(), topics.entityTrends(), topics.deadLetters(), true, true, true);
    }

    public static SinkTopics enrichedOnly(Topics topics) {
        return new SinkTopics(topics.enriched(), topics.alerts(), topics.entityTrends(), topics.deadLetters(), true, false, false);
    }

    public List<String> subscribed() {
        List<String> names = new ArrayList<>(3);
        if (readEnriched) {
            names.add(enriched);
        }
        if (readAlerts) {
            names.add(alerts);
        }
        if (readTrends) {
            names.add(trends);
        }
        return names;
    }
}
