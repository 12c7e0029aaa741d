package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;

/**
 * Tokens [from, to) of one sentence labelled with one class: a mention before it is cleaned.
 *
 * @param from index of the first token
 * @param to index after the last token
 * @param type the class
 */
record TokenSpan(int from, int to, EntityType type) {
    int size() {
        return to - from;
    }
}
