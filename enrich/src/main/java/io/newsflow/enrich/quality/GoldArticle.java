package io.newsflow.enrich.quality;

import java.util.List;

/**
 * One hand-annotated article of the gold set.
 *
 * @param name file name without extension
 * @param title the headline (first line of the text file)
 * @param body the rest after the blank line
 * @param entities what a reader expects to be found
 * @param optional names that are neither required nor wrong (demonyms, events)
 */
public record GoldArticle(String name, String title, String body, List<GoldEntity> entities, List<String> optional) {
    public GoldArticle {
        entities = List.copyOf(entities);
        optional = List.copyOf(optional);
    }

    /**
     * One expected entity.
     *
     * @param canonical the canonical name
     * @param alternatives other accepted canonical names
     * @param types the entity classes that count as right
     * @param id the expected stable id (countries and cities), or null
     */
    public record GoldEntity(String canonical, List<String> alternatives, List<String> types, String id) {
        public GoldEntity {
            alternatives = List.copyOf(alternatives);
            types = List.copyOf(types);
        }
    }
}
