package io.newsflow.sink.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Keyword;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.SentenceTone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of the store's {@code *_json} columns. The shapes are part of the store contract the
 * dashboard reads ({@code keywords_json [{phrase,score}]}, {@code mentions_json [{entityId,text,start,end}]},
 * {@code sentences_json [{start,end,tone}]}, string arrays elsewhere), so they are spelled out here
 * rather than left to a reflective mapping of the Avro classes.
 */
final class RowJson {
    private final ObjectMapper mapper;

    RowJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String strings(List<String> values) {
        List<String> clean = new ArrayList<>(values.size());
        values.forEach(v -> clean.add(Text.clean(v)));
        return write(clean);
    }

    String keywords(EnrichedArticle article) {
        List<Map<String, Object>> out = new ArrayList<>(article.getKeywords().size());
        for (Keyword k : article.getKeywords()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phrase", Text.clean(k.getPhrase()));
            m.put("score", k.getScore());
            out.add(m);
        }
        return write(out);
    }

    String mentions(EnrichedArticle article) {
        List<Map<String, Object>> out = new ArrayList<>(article.getMentions().size());
        for (Mention mention : article.getMentions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entityId", mention.getEntityId());
            m.put("text", Text.clean(mention.getText()));
            m.put("start", mention.getStart());
            m.put("end", mention.getEnd());
            out.add(m);
        }
        return write(out);
    }

    String sentences(EnrichedArticle article) {
        List<Map<String, Object>> out = new ArrayList<>(article.getSentences().size());
        for (SentenceTone sentence : article.getSentences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", sentence.getStart());
            m.put("end", sentence.getEnd());
            m.put("tone", sentence.getTone());
            out.add(m);
        }
        return write(out);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON of plain lists and maps: " + e.getMessage(), e);
        }
    }
}
