package io.newsflow.ingest.http;

/**
 * What to fetch.
 *
 * @param url absolute http(s) URL
 * @param etag validator from the last 200, sent as If-None-Match (null for none)
 * @param lastModified validator from the last 200, sent as If-Modified-Since (null for none)
 * @param trusted true for URLs the operator configured (feeds); false for links found in content,
 *     which are refused when they (or any redirect) resolve to a private, loopback or link-local address
 * @param accept the Accept header
 */
public record FetchRequest(String url, String etag, String lastModified, boolean trusted, String accept) {
    public static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public static FetchRequest feed(String url, String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, true, ACCEPT_FEED);
    }

    public static FetchRequest articlePage(String url) {
        return new FetchRequest(url, null, null, false, ACCEPT_PAGE);
    }
}
