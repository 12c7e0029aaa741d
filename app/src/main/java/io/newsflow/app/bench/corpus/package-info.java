/**
 * Seeded, reproducible article corpora for the benchmarks: English news prose of a chosen length with
 * real-shaped names of people, organisations and places, a share of near-duplicates and of articles in
 * other languages, and standing alert rules drawn from the same names and topics. The same seed gives
 * the same articles, so two runs (or two machines) measure the same work.
 */
package io.newsflow.app.bench.corpus;
