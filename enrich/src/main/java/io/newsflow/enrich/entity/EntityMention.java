package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;

/**
 * One place in the analysed text where a name occurs, as found by the CRF or the alias scan.
 *
 * @param text the surface text (possessive and leading titles removed)
 * @param start offset in title + "\n\n" + body
 * @param end offset after the last character
 * @param type the class the tagger gave it
 * @param sentence index of its sentence
 * @param sentenceInitial true when it starts its sentence
 * @param placeContext true when the words before it announce a place ("in", "near", "town of")
 * @param regionContext true when the words around it make it a region ("Aurora province")
 */
public record EntityMention(String text, int start, int end, EntityType type, int sentence, boolean sentenceInitial,
        boolean placeContext, boolean regionContext) {
    public int tokenCount() {
        return text.split("\\s+").length;
    }

    public String lastWord() {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }
}
