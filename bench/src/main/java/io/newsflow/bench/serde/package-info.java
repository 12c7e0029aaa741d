/** The Confluent-wire Avro serde of an EnrichedArticle against bare Avro without framing. */
package io.newsflow.bench.serde;
