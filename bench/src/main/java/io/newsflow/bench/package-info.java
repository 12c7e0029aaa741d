/**
 * JMH micro-benchmarks of the paths the end-to-end profile found hot (BENCHMARKS.md, "What bounds it"):
 * tokenising and the CRF ({@code nlp}), gazetteer lookups ({@code entity}), the Confluent-wire Avro serde
 * ({@code serde}), Lucene Monitor alert matching ({@code alert}) and story identity's fingerprint ({@code story}). Each benchmark method has a baseline
 * beside it in the same class, the obvious alternative on the same input, so a run reads as ratios, which
 * survive a shared machine better than absolute times. Run with {@code java -jar bench/target/benchmarks.jar};
 * nothing here is a test.
 */
package io.newsflow.bench;
