/**
 * {@code newsflow run}: the zero-setup mode. An embedded broker and a child registry under a data
 * directory, then enrich, sink, alert delivery and the dashboard in this one process, fed by archive
 * inputs, the bundled demo articles or live feeds. Every stage talks to the others only through the
 * topics, exactly as the separate processes of docker-compose.yml do. Other programs attach to the same
 * broker and registry: their addresses are announced at start and written to {@code endpoints.properties} in
 * the data directory ({@link io.newsflow.app.run.Endpoints}), on documented ports when free
 * ({@link io.newsflow.app.run.EmbeddedConfig}).
 */
package io.newsflow.app.run;
