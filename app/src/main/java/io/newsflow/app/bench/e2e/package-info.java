/**
 * {@code newsflow bench e2e}: the whole pipeline (ingest, enrich with 1,000 alert rules, sink into SQLite)
 * on an embedded broker, measured beside two baselines of the same run on the same generated articles:
 * a pass-through Streams topology (what Kafka, Avro and exactly-once cost on their own) and the bare
 * CoreNLP pipeline (what the analysis costs on its own). Ratios to baselines of the same run stay
 * meaningful on a noisy machine where absolute figures do not.
 */
package io.newsflow.app.bench.e2e;
