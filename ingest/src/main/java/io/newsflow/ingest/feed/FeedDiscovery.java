package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds a web site advertises with {@code <link rel="alternate" type="application/rss+xml">}
 * (Atom and JSON Feed types too), so an operator can list a site instead of hunting for its feed URL.
 * RSS/Atom come before JSON Feed, in page order.
 */
public final class FeedDiscovery {
    /** Absolute feed URLs the page at {@code pageUrl} advertises; empty when none. */
    public List<String> discover(String html, String pageUrl) {
        Document document = Jsoup.parse(html, pageUrl);
        List<String> xml = new ArrayList<>();
        List<String> json = new ArrayList<>();
        for (Element link : document.select("link[rel~=(?i)alternate][href][type]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            String href = link.absUrl("href");
            if (href.isEmpty() || !(href.startsWith("http://") || href.startsWith("https://"))) {
                continue;
            }
            if (type.equals("application/rss+xml") || type.equals("application/atom+xml") || type.equals("application/rdf+xml")) {
                if (!xml.contains(href)) {
                    xml.add(href);
                }
            } else if (type.equals("application/feed+json") || type.equals("application/json")) {
                if (!json.contains(href)) {
                    json.add(href);
                }
            }
        }
        xml.addAll(json);
        return xml;
    }
}
