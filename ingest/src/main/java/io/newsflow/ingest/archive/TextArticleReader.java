package io.newsflow.ingest.archive;

import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.text.HtmlText;
import java.time.Instant;
import java.util.List;

/**
 * A {@code .txt} article: the first non-blank line is the title, the rest is the body, paragraphs
 * separated by blank lines. The file carries no date, so its modification time stands in, flagged.
 */
final class TextArticleReader {
    private final HtmlText htmlText;

    TextArticleReader(HtmlText htmlText) {
        this.htmlText = htmlText;
    }

    void read(ArchiveFile file, String text, Instant now, ArchiveSink sink) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) {
            sink.rejected(0, "empty file");
            return;
        }
        int start = 0;
        while (start < normalised.length() && Character.isWhitespace(normalised.charAt(start))) {
            start++;
        }
        int end = normalised.indexOf('\n', start);
        String title = htmlText.toLine(end < 0 ? normalised.substring(start) : normalised.substring(start, end));
        String body = end < 0 ? "" : htmlText.tidyText(normalised.substring(end + 1));
        if (body.isEmpty()) {
            sink.rejected(0, "has a title line but no body (expected the title on the first line, then the text)");
            return;
        }
        Instant published = file.modified().isAfter(now) ? now : file.modified();
        sink.article(new ArticleDraft(null, null, null, title, null, body, List.of(), List.of(), file.source(),
                null, null, published, true, null, now, null, "archive"), 0);
    }
}
