/**
 * Fault scenarios against the real stages: each one loads the pipeline with a small, known set of
 * articles, injects a fault (poison records, a SIGKILLed enrich process, a restarted broker, a registry
 * outage, a newer schema) and then counts what arrived, so "nothing lost, nothing doubled" is measured
 * rather than assumed. The same scenarios back the integration tests and {@code newsflow chaos}.
 */
package io.newsflow.chaos;
