package io.newsflow.ingest.archive;

import io.newsflow.ingest.identity.ArticleDraft;

/** Receives what an archive reader found in one file: articles and rejected lines. */
interface ArchiveSink {
    void article(ArticleDraft draft, long line);

    void rejected(long line, String reason);
}
