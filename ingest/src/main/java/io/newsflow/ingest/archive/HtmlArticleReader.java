package io.newsflow.ingest.archive;

import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.text.PageExtractor;
import java.time.Instant;
import java.util.List;

/**
 * A saved {@code .html} page: title, canonical URL, publication time and main text as the page
 * declares them ({@link PageExtractor}); the file's modification time, flagged, when it has no date.
 */
final class HtmlArticleReader {
    private final PageExtractor extractor;

    HtmlArticleReader(PageExtractor extractor) {
        this.extractor = extractor;
    }

    void read(ArchiveFile file, String html, Instant now, ArchiveSink sink) {
        if (html.isBlank()) {
            sink.rejected(0, "empty file");
            return;
        }
        PageExtractor.Page page = extractor.extract(html, file.path().toUri().toString());
        if (page.title().isBlank()) {
            sink.rejected(0, "HTML page without a title (no og:title, <title> or <h1>)");
            return;
        }
        if (page.body().isBlank()) {
            sink.rejected(0, "HTML page without any text in its body");
            return;
        }
        Instant published = page.publishedAt().orElse(file.modified());
        if (published.isAfter(now)) {
            published = now;
        }
        String source = page.siteName() != null ? page.siteName() : file.source();
        sink.article(new ArticleDraft(page.canonicalUrl(), page.canonicalUrl(), null, page.title(), null, page.body(),
                List.of(), List.of(), source, null, null, published, page.publishedAt().isEmpty(), null, now,
                page.language(), "archive"), 0);
    }
}
