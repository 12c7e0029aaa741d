package io.newsflow.dashboard.query;

import java.util.List;

/**
 * An entity's tone over time, bucket by bucket; only buckets with articles are listed.
 *
 * @param bucket ISO-8601 duration of a bucket, e.g. PT1H
 */
public record ToneSeries(EntityRef entity, String from, String to, String bucket, List<TonePoint> points) {
}
