package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;
import java.util.List;

/**
 * One real-world entity of an article after in-document joining and linking: its stable id,
 * canonical name and every mention.
 *
 * @param id stable id: {@code country:UA}, {@code geonames:703448}, {@code person:vladimir-putin}
 * @param name canonical name
 * @param type entity class
 * @param countryCode ISO 3166-1 alpha-2 of a place, else null
 * @param latitude of a place, else null
 * @param longitude of a place, else null
 * @param mentions its mentions in text order
 */
public record LinkedEntity(String id, String name, EntityType type, String countryCode, Double latitude,
        Double longitude, List<EntityMention> mentions) {
    public LinkedEntity {
        mentions = List.copyOf(mentions);
    }
}
