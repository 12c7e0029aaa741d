package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * What a rule sees of an enriched article: the values of each {@link ArticleFields} field. Title and body
 * are the text itself; the entity fields carry canonical names (so {@code person:"Vladimir Putin"}
 * matches an article that only says "Putin"), by type for person, organization and location.
 *
 * @param values field name to its values, in order
 */
public record ArticleDocument(Map<String, List<String>> values) {

    public static ArticleDocument of(EnrichedArticle article) {
        return of(article, false);
    }

    /**
     * @param unstemmed also fill the {@link ArticleFields#UNSTEMMED} twins of the prose fields; they cost a
     *     second analysis of title and body, so only when a live rule has a pattern term (wildcard, fuzzy)
     */
    public static ArticleDocument of(EnrichedArticle article, boolean unstemmed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(ArticleFields.TITLE, List.of(article.getTitle()));
        values.put(ArticleFields.BODY, List.of(article.getBody()));
        List<String> entities = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (Entity entity : article.getEntities()) {
            entities.add(entity.getName());
            EntityType type = entity.getType();
            if (type == EntityType.PERSON) {
                persons.add(entity.getName());
            } else if (type == EntityType.ORGANIZATION) {
                organizations.add(entity.getName());
            } else if (type == EntityType.LOCATION) {
                locations.add(entity.getName());
            }
        }
        values.put(ArticleFields.ENTITY, entities);
        values.put(ArticleFields.PERSON, persons);
        values.put(ArticleFields.ORGANIZATION, organizations);
        values.put(ArticleFields.LOCATION, locations);
        values.put(ArticleFields.SOURCE, List.of(article.getSource()));
        values.put(ArticleFields.KEYWORD, article.getKeywords().stream().map(Keyword::getPhrase).toList());
        if (unstemmed) {
            for (String field : ArticleFields.PROSE) {
                values.put(ArticleFields.unstemmed(field), values.get(field));
            }
        }
        return new ArticleDocument(values);
    }

    public List<String> get(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** The document the Monitor matches; it analyses it with the Monitor's own (per-field) analyzer. */
    public Document toLuceneDocument() {
        Document document = new Document();
        values.forEach((field, list) -> list.forEach(value -> document.add(new TextField(field, value, Field.Store.NO))));
        return document;
    }

    /** A one-document index with offsets, for finding where a matched rule matched. */
    public MemoryIndex toMemoryIndex(Analyzer analyzer) {
        MemoryIndex index = new MemoryIndex(true);
        values.forEach((field, list) -> list.forEach(value -> index.addField(field, value, analyzer)));
        return index;
    }
}
