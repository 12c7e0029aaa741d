/**
 * Kafka serializers, deserializers and serdes for newsflow's Avro contracts in the Confluent wire
 * format: a magic byte 0, the schema id as 4 big-endian bytes, then the Avro binary body.
 *
 * <p>The format, rather than bare Avro, is what lets a record be read by code of another version:
 * the deserializer fetches the writer's schema by id (once, then cached) and resolves it against
 * the reader schema of the generated class, so v1 records are read by v2 code and the other way
 * round. Subjects follow Confluent's TopicNameStrategy ({@code <topic>-value}, {@code <topic>-key}),
 * so the same bytes are readable by any Confluent-compatible tool.
 *
 * <p>Errors are split by whose fault they are. A record that cannot be read (too short, wrong magic
 * byte, an id the registry does not know, a truncated or corrupt body, a writer schema the reader
 * cannot read) is a {@link org.apache.kafka.common.errors.SerializationException} naming the topic
 * and what is wrong: dead-letter it. A registry that cannot be reached or refuses a schema is a
 * {@link io.newsflow.schemas.registry.SchemaRegistryException}: the record is fine, do not
 * dead-letter it. Untrusted bytes are decoded with every length checked against the bytes present,
 * so a hostile record costs at most its own size in memory.
 */
package io.newsflow.schemas.serde;
