package io.newsflow.ingest.text;

import java.time.Instant;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a whole HTML page: its title (og:title, else {@code <title>}, else the first
 * h1), canonical URL ({@code <link rel="canonical">}, else og:url), publication time
 * (article:published_time, itemprop datePublished, {@code <time datetime>}) and main text
 * (readability4j, Mozilla's Readability ported), keeping paragraphs. Thread-safe.
 */
public final class PageExtractor {
    private final HtmlText htmlText;
    private final DateText dates;

    public PageExtractor(HtmlText htmlText, DateText dates) {
        this.htmlText = htmlText;
        this.dates = dates;
    }

    /**
     * What a page says about its article.
     *
     * @param title clean one-line title, empty when the page has none
     * @param body main text, paragraphs separated by blank lines; empty when none was found
     * @param canonicalUrl absolute canonical URL the page declares, or null
     * @param siteName og:site_name or null
     * @param language {@code <html lang>} or null
     */
    public record Page(String title, String body, String canonicalUrl, Optional<Instant> publishedAt,
                       String siteName, String language) {}

    /** Extracts from {@code html}; {@code baseUri} resolves relative links (may be empty for files). */
    public Page extract(String html, String baseUri) {
        Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(
                meta(document, "meta[property=og:title]"),
                meta(document, "meta[name=twitter:title]"),
                document.title(),
                textOf(document.selectFirst("h1")));
        String canonical = absolute(document.selectFirst("link[rel=canonical][href]"), "href");
        if (canonical == null) {
            String og = meta(document, "meta[property=og:url]");
            canonical = og != null && og.startsWith("http") ? og : null;
        }
        Optional<Instant> published = Optional.empty();
        for (String candidate : new String[] {
                meta(document, "meta[property=article:published_time]"),
                meta(document, "meta[itemprop=datePublished]"),
                meta(document, "meta[name=date]"),
                meta(document, "meta[name=pubdate]"),
                meta(document, "meta[name=dc.date]"),
                attr(document.selectFirst("time[datetime]"), "datetime")}) {
            published = dates.parse(candidate);
            if (published.isPresent()) {
                break;
            }
        }
        String siteName = meta(document, "meta[property=og:site_name]");
        String language = attr(document.selectFirst("html[lang]"), "lang");

        String h1 = textOf(document.selectFirst("h1"));
        String cleanTitle = htmlText.toLine(title == null ? "" : title);
        String body = withoutHeadline(mainText(document, baseUri), cleanTitle, h1 == null ? "" : htmlText.toLine(h1));
        return new Page(cleanTitle, body, canonical, published, siteName,
                language == null || language.isBlank() ? null : language.strip());
    }

    /** Readability first; when it finds nothing (very short pages), the whole body's text. */
    private String mainText(Document document, String baseUri) {
        Document copy = document.clone();
        try {
            Article article = new Readability4J(baseUri == null ? "" : baseUri, copy).parse();
            Element content = article.getArticleContent();
            if (content != null) {
                String text = htmlText.toText(content);
                if (!text.isBlank()) {
                    return text;
                }
            }
        } catch (RuntimeException e) {
            // Readability is heuristic code on hostile HTML: fall back to the plain body text.
        }
        return document.body() == null ? "" : htmlText.toText(document.body());
    }

    /** Readability keeps the page's h1 as the first paragraph: the title is stored apart, so drop it from the body. */
    private static String withoutHeadline(String body, String title, String h1) {
        int end = body.indexOf("\n\n");
        if (end < 0) {
            return body;
        }
        String first = body.substring(0, end).strip();
        if (first.equalsIgnoreCase(title) || first.equalsIgnoreCase(h1)) {
            return body.substring(end + 2).strip();
        }
        return body;
    }

    private static String meta(Document document, String selector) {
        return attr(document.selectFirst(selector), "content");
    }

    private static String attr(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name);
        return value.isBlank() ? null : value.strip();
    }

    private static String absolute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.absUrl(name);
        if (value.isBlank()) {
            value = element.attr(name);
        }
        return value.startsWith("http://") || value.startsWith("https://") ? value.strip() : null;
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
