package io.newsflow.sink.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.schemas.avro.Alert;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of an alert outside Kafka: the webhook body, {@code newsflow alerts tail --json} and
 * anything else that hands alerts to people's tools. Times are ISO-8601 UTC; field names are those of the
 * Avro contract, so the two never need a translation table.
 */
public final class AlertJson {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    public Map<String, Object> toMap(Alert alert) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("alertId", alert.getAlertId());
        map.put("ruleId", alert.getRuleId());
        map.put("rule", alert.getRuleName());
        map.put("ruleVersion", alert.getRuleVersion());
        map.put("articleId", alert.getArticleId());
        map.put("title", alert.getTitle());
        map.put("url", alert.getUrl());
        map.put("source", alert.getSource());
        map.put("publishedAt", alert.getPublishedAt().toString());
        map.put("alertedAt", alert.getAlertedAt().toString());
        map.put("tone", alert.getTone());
        map.put("entities", alert.getEntities());
        map.put("snippets", alert.getSnippets());
        map.put("duplicateCount", alert.getDuplicateCount());
        map.put("enrichmentVersion", alert.getEnrichmentVersion());
        return map;
    }

    public byte[] toBytes(Alert alert) {
        try {
            return mapper.writeValueAsBytes(toMap(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON", e);
        }
    }

    public String toLine(Alert alert) {
        try {
            return mapper.writeValueAsString(toMap(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON", e);
        }
    }
}
