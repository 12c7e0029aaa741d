/**
 * The zero-setup runtime of newsflow: {@link io.newsflow.embedded.EmbeddedKafka} runs a single-node KRaft
 * broker inside this JVM, and {@link io.newsflow.embedded.EmbeddedRegistry} runs Apicurio Registry (which
 * speaks the Confluent Schema Registry API) as a child process on a free loopback port. Together they let
 * {@code newsflow run} and every integration test work with nothing installed but Java; in production the
 * same stages talk to a real Kafka cluster and a Confluent registry instead.
 */
package io.newsflow.embedded;
