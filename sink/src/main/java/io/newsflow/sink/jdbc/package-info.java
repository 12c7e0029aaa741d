/**
 * The store: a JDBC database (SQLite by default, PostgreSQL for shared deployments) holding
 * articles, entities, mentions, alerts and trends with full-text search. {@link io.newsflow.sink.jdbc.Database}
 * opens a pool on a schema migrated by Flyway (one set of migrations per dialect under
 * {@code db/migration/}), {@link io.newsflow.sink.jdbc.StoreWriter} writes batches idempotently, so
 * any replay of the topics converges on the same rows. Readers (export, dashboard) use the same
 * {@code Database}; they never write.
 */
package io.newsflow.sink.jdbc;
