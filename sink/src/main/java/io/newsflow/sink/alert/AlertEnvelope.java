package io.newsflow.sink.alert;

import io.newsflow.schemas.avro.Alert;

/**
 * An alert with where it came from, so a failed delivery can go to news.dlq as the original record.
 *
 * @param alert the decoded alert
 * @param key the record key (rule id)
 * @param value the original record bytes
 * @param topic source topic
 * @param partition source partition
 * @param offset source offset
 */
public record AlertEnvelope(Alert alert, String key, byte[] value, String topic, int partition, long offset) {
}
