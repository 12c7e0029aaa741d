/**
 * Where newsflow's log lines go. One backend (log4j2, configured by {@code log4j2.xml} in this jar): a file,
 * and the console for what a user must read. In the embedded mode the file lives under the data directory and
 * the console is spared the in-process broker's routine chatter.
 */
package io.newsflow.app.logging;
