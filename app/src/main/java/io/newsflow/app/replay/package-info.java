/**
 * {@code newsflow replay enrich|sink}: re-running a stretch of history after a better model, a new rule or a
 * lost database. The commands only wire configuration, the embedded runtime of a data directory, a progress
 * bar and Ctrl-C to the replay runners of the enrich and sink modules; what a replay means is decided there.
 */
package io.newsflow.app.replay;
