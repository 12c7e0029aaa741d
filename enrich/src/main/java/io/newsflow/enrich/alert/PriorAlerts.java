package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.Alert;

/**
 * What earlier runs already alerted, by alert id. A replay runs under its own application id, so its
 * once-only store starts empty; without this it would alert again on every story of its range. The
 * replay looks the alerts up in news.alerts, the durable record of what was sent. Thread-safe.
 */
@FunctionalInterface
public interface PriorAlerts {
    /** The live application: its own once-only store knows everything it sent. */
    PriorAlerts NONE = alertId -> null;

    /** @return the last alert sent under {@code alertId} before this run, or null */
    Alert find(String alertId);
}
