package io.newsflow.ingest.schedule;

import java.util.List;

/**
 * What polling every feed once did (the result of {@code newsflow ingest --feeds ... --once}).
 *
 * @param errors each failed feed's health error, one sentence naming the feed
 */
public record PollRound(int feeds, int succeeded, int notModified, int failed, long published, long duplicates,
                        long revisions, List<String> errors) {
    public PollRound {
        errors = List.copyOf(errors);
    }

    public String oneLine() {
        return String.format("polled %d feeds: %d ok (%d not modified), %d failed; published %d articles%s, duplicates %d",
                feeds, succeeded, notModified, failed, published, revisions > 0 ? " (" + revisions + " revisions)" : "", duplicates);
    }
}
