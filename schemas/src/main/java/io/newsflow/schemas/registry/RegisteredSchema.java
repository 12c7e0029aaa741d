package io.newsflow.schemas.registry;

import org.apache.avro.Schema;

/**
 * One version of a subject as the registry holds it.
 *
 * @param subject the subject, e.g. {@code news.raw-value}
 * @param id the global schema id written into every record (Confluent wire format)
 * @param version the version under this subject, counted from 1
 * @param schema the parsed Avro schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
