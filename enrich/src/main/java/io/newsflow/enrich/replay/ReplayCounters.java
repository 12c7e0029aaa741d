package io.newsflow.enrich.replay;

import java.util.concurrent.atomic.AtomicLong;

/** What this run of a replay did, counted by its stream threads for the summary and the progress bar. */
final class ReplayCounters {
    final AtomicLong admitted = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong enriched = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
}
