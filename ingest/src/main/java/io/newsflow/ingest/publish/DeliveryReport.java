package io.newsflow.ingest.publish;

import java.util.List;

/**
 * What a sink knows about its sends: acknowledged by the cluster, or failed with a reason.
 *
 * @param failures the first failures (article id and reason), bounded so a dead cluster does not fill memory
 */
public record DeliveryReport(long acknowledged, long failed, List<String> failures) {
    public DeliveryReport {
        failures = List.copyOf(failures);
    }
}
