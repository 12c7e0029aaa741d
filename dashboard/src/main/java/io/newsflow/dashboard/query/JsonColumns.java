package io.newsflow.dashboard.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the store's {@code *_json} columns. A column that is missing or unreadable yields an empty list:
 * one odd row must not take the article view down with it.
 */
final class JsonColumns {
    private final ObjectMapper mapper;

    JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> List<T> list(String json, Function<JsonNode, T> element) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        if (root == null || !root.isArray()) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (JsonNode node : root) {
            T value = element.apply(node);
            if (value != null) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    List<String> strings(String json) {
        return list(json, node -> node.isValueNode() ? node.asText() : null);
    }
}
