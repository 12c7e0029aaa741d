package io.newsflow.ingest.archive;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one archive load, printed at its end.
 *
 * @param files files opened
 * @param read articles read from them
 * @param published articles the cluster acknowledged (new ones and revisions)
 * @param revisions of {@code published}, how many were changed content under a known id
 * @param duplicates articles not sent because the same id and content were already sent in this run
 * @param failed articles sent but not acknowledged
 * @param rejections what could not be used, with path, line and reason
 * @param failures why sends failed (bounded)
 */
public record IngestSummary(long files, long read, long published, long revisions, long duplicates, long failed,
                            List<Rejection> rejections, List<String> failures, Duration elapsed) {
    public IngestSummary {
        rejections = List.copyOf(rejections);
        failures = List.copyOf(failures);
    }

    /** Nothing could be processed: every input was rejected or every send failed. The command exits non-zero. */
    public boolean nothingProcessed() {
        return published == 0 && duplicates == 0;
    }

    /** One line: "read 120, published 118 (2 revisions), duplicates 2, rejected 3, failed 0 in 4.2 s". */
    public String oneLine() {
        return String.format("read %d articles from %d files, published %d%s, duplicates %d, rejected %d%s in %.1f s",
                read, files, published, revisions > 0 ? " (" + revisions + " revisions)" : "", duplicates,
                rejections.size(), failed > 0 ? ", FAILED to publish " + failed : "", elapsed.toMillis() / 1000.0);
    }

    /** The one line, then each rejection and send failure on its own line. */
    public String report() {
        StringBuilder out = new StringBuilder(oneLine());
        rejections.forEach(r -> out.append("\n  rejected ").append(r));
        failures.forEach(f -> out.append("\n  failed ").append(f));
        return out.toString();
    }
}
