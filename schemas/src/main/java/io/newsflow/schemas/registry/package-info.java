/**
 * Our own client for the Confluent Schema Registry REST API, and the start-up step that registers
 * every contract of the topic catalogue.
 *
 * <p>Confluent's client is not available from Maven Central, and newsflow talks to two registries
 * that speak the same API: Apicurio's Confluent-compatible endpoint ({@code /apis/ccompat/v7}) when
 * it runs embedded or in tests, and a Confluent Schema Registry in production. The client maps
 * Confluent's error codes to a typed {@link io.newsflow.schemas.registry.SchemaRegistryException},
 * caches every answer that cannot change (an id always means the same schema), so schemas already
 * known keep working while the registry is down, and retries transient failures of new look-ups a
 * bounded number of times. {@link io.newsflow.schemas.registry.SchemaRegistrar} tests compatibility
 * before it registers, so an incompatible contract stops newsflow at start-up with the subject and
 * the reason, not later on the first record.
 */
package io.newsflow.schemas.registry;
