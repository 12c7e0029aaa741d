package io.newsflow.schemas.registry;

/**
 * Confluent's compatibility levels: which earlier versions a new schema must be able to read
 * (BACKWARD) or be read by (FORWARD), the latest only or all of them (TRANSITIVE).
 */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE
}
