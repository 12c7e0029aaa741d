/**
 * The dashboard's read side of the store: plain SQL over the tables the sink writes (articles,
 * entities, mentions, alerts, trends), for SQLite and PostgreSQL alike. Only full-text search differs
 * between the two ({@link io.newsflow.dashboard.query.SqlDialect}). Everything here returns small
 * immutable views shaped for the JSON API; nothing here ever writes.
 */
package io.newsflow.dashboard.query;
