/**
 * Bounded replay of the enrich topology ({@code newsflow replay enrich}): the same topology, enricher and
 * branches as the live application, under an application id of its own derived from the range and the
 * version, reading news.raw from the first record stamped at or after the start of the range up to the
 * end offsets seen when it starts, and then stopping. Its records carry a replay header so the live
 * application's branches ignore them and its own branches count and alert only them; what was alerted
 * before comes from news.alerts, so a replay does not alert twice. Interrupted, it resumes from its
 * committed offsets; finished, it forgets its group, internal topics and state, so the next replay of the
 * same range starts over.
 */
package io.newsflow.enrich.replay;
