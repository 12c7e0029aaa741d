/**
 * The newsflow dashboard: a small Javalin server ({@link io.newsflow.dashboard.DashboardServer}) with a
 * read-only REST API over the store, alert-rule administration behind a token, server-sent events
 * for articles and alerts as they arrive, and one plain-JavaScript page served from the classpath.
 * Sub-packages: {@code query} reads the store, {@code live} feeds the stream, {@code rules} is the seam
 * to rule administration, {@code http} holds the routes and the protections every response gets.
 */
package io.newsflow.dashboard;
