package io.newsflow.ingest.archive;

import io.newsflow.ingest.feed.FeedFormatException;
import io.newsflow.ingest.feed.FeedItem;
import io.newsflow.ingest.feed.FeedItemMapper;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.feed.ParsedFeed;
import io.newsflow.ingest.identity.ArticleDraft;
import java.time.Instant;
import java.util.Optional;

/**
 * A saved feed file (RSS, Atom, JSON Feed): its items are articles, read by the same parser as live
 * feeds, with their DOCTYPE ignored the same way. Items without a date take the file's modification time.
 */
final class FeedFileReader {
    private final FeedParser parser;
    private final FeedItemMapper mapper;

    FeedFileReader(FeedParser parser, FeedItemMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
    }

    void read(ArchiveFile file, byte[] bytes, Instant now, ArchiveSink sink) {
        ParsedFeed feed;
        try {
            feed = parser.parse(bytes, null, file.path().toUri().toString());
        } catch (FeedFormatException e) {
            String message = e.getMessage();
            int cut = message.indexOf(' ', "Feed ".length());
            sink.rejected(0, cut > 0 ? message.substring(cut + 1) : message);
            return;
        }
        if (feed.items().isEmpty()) {
            sink.rejected(0, "feed without items");
            return;
        }
        Instant reference = file.modified().isAfter(now) ? now : file.modified();
        int index = 0;
        for (FeedItem item : feed.items()) {
            index++;
            Optional<ArticleDraft> draft = mapper.draft(feed, item, null, reference, "archive");
            if (draft.isEmpty() || draft.get().body().isBlank()) {
                sink.rejected(0, "item " + index + " has no text");
                continue;
            }
            ArticleDraft d = draft.get();
            String source = feed.title() == null || feed.title().isBlank() ? file.source() : d.source();
            sink.article(new ArticleDraft(d.url(), null, d.guid(), d.title(), d.summary(), d.body(), d.authors(),
                    d.categories(), source, null, d.siteUrl(), d.publishedAt(), d.publishedAtEstimated(), d.updatedAt(),
                    now, d.languageHint(), "archive"), 0);
        }
    }
}
