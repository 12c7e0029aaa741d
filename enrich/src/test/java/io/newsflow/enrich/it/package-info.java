/**
 * Integration tests of the enrich application against the embedded broker and the real registry of
 * {@link io.newsflow.testkit.TestServices}: poison records on the dead-letter topic while the next ones
 * are enriched, and the trends endpoint answering across two instances.
 */
package io.newsflow.enrich.it;
