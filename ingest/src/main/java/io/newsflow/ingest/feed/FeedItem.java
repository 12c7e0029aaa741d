package io.newsflow.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, its fields already clean text.
 *
 * @param guid RSS guid, Atom id or JSON Feed id; null when absent
 * @param link absolute article link, or null
 * @param summary description / Atom summary / JSON Feed summary as text, or null
 * @param content full content ({@code content:encoded}, Atom content, content_html/text) as text, or null
 * @param published as the feed gave it (null when absent; clamping is the mapper's job)
 */
public record FeedItem(String guid, String link, String title, String summary, String content,
                       List<String> authors, List<String> categories, Instant published, Instant updated) {
    public FeedItem {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
