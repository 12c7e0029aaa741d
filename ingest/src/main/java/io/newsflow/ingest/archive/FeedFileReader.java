package io.newsflow.ingest.archive;

import java.time.Clock;
import java.time.Instant;

/** A saved feed file (RSS, Atom, JSON Feed): its items are articles, read by the same parser as live feeds. */
final class FeedFileReader {
    private final Clock clock;

    FeedFileReader(Clock clock) {
        this.clock = clock;
    }

    void read(ArchiveFile file, byte[] bytes, Instant now, ArchiveSink sink) {
        sink.rejected(0, "saved feed files are not supported yet");
    }
}
