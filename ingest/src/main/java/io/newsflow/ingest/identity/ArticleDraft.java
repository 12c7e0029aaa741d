package io.newsflow.ingest.identity;

import java.time.Instant;
import java.util.List;

/**
 * An article as a source gave it, before it has an identity: what feed parsers, page extraction and
 * archive readers produce. {@link ArticleIdentity} turns it into a {@code RawArticle}.
 *
 * @param url the link as given (may be null)
 * @param canonicalHint a canonical URL the source declared ({@code <link rel="canonical">}); wins over {@code url}
 * @param guid feed GUID or Atom id (may be null)
 * @param title clean text, never blank
 * @param summary clean text or null
 * @param body clean text, paragraphs separated by blank lines
 * @param publishedAt publication time, already clamped and defaulted by the source reader
 * @param publishedAtEstimated true when {@code publishedAt} is a stand-in (fetch time, file time)
 * @param origin feed, page, archive or demo
 */
public record ArticleDraft(String url, String canonicalHint, String guid, String title, String summary, String body,
                           List<String> authors, List<String> categories, String source, String feedUrl,
                           String siteUrl, Instant publishedAt, boolean publishedAtEstimated, Instant updatedAt,
                           Instant fetchedAt, String languageHint, String origin) {
    public ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A copy whose body (and canonical URL, when the page declared one) come from the fetched article page. */
    public ArticleDraft withPage(String pageBody, String pageCanonical) {
        return new ArticleDraft(url, pageCanonical != null ? pageCanonical : canonicalHint, guid, title, summary,
                pageBody, authors, categories, source, feedUrl, siteUrl, publishedAt, publishedAtEstimated,
                updatedAt, fetchedAt, languageHint, origin);
    }
}
