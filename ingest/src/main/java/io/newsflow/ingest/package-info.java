/**
 * The ingest stage: the front door of newsflow. Feeds are polled politely and safely
 * ({@code feed}, {@code http}, {@code schedule}, {@code state}), archives are loaded for backfill
 * ({@code archive}), every article is named ({@code identity}), turned into clean text
 * ({@code text}) and published once to news.raw ({@code publish}). {@link io.newsflow.ingest.IngestConfig}
 * is the stage's one typed configuration.
 */
package io.newsflow.ingest;
