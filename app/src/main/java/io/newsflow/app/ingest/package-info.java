/**
 * The {@code newsflow ingest} command (archives with {@code --input}, live feeds with {@code --feeds},
 * once or continuously against a configured cluster) and the {@code newsflow bench ingest} simulation
 * of 10,000 feeds. They only wire the ingest module to the cluster; the behaviour lives in
 * {@code io.newsflow.ingest}.
 */
package io.newsflow.app.ingest;
