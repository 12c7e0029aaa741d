/**
 * The one configuration mechanism of newsflow. {@link io.newsflow.config.Settings} reads a properties
 * file, then {@code NEWSFLOW_*} environment variables, then explicit overrides (command-line options),
 * each layer winning over the one before. Every stage builds its own typed configuration record from
 * it, so a wrong value fails at start with a sentence that names the key and where it came from.
 *
 * <p>It lives in the schemas module because every stage depends on that module and on nothing else
 * shared.
 */
package io.newsflow.config;
