package io.newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses feed bytes into a {@link ParsedFeed}: RSS 0.91/0.92/1.0/2.0 and Atom through Rome (with its
 * secure defaults; a DOCTYPE is cut out before Rome is called, so its DTD is ignored and no entity it declares
 * is expanded: see {@link XmlProlog}), JSON Feed 1 and 1.1 through Jackson.
 * HTML in titles, summaries and content becomes clean text; relative links are resolved against the
 * feed URL. Any input gives a feed or a {@link FeedFormatException} with a precise sentence:
 * malformed XML or JSON, an HTML page or an OPML list where a feed was expected, an empty body.
 * Thread-safe.
 */
public final class FeedParser {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "channel");
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("entity \"([^\"]+)\" was referenced, but not declared");

    private final FeedText feedText = new FeedText();
    private final HtmlText htmlText;
    private final DateText dates;
    private final ObjectMapper json;

    public FeedParser(HtmlText htmlText, DateText dates, ObjectMapper json) {
        this.htmlText = htmlText;
        this.dates = dates;
        this.json = json;
    }

    /**
     * @param bytes the body as received (already un-gzipped)
     * @param contentType the HTTP Content-Type, or null (files)
     * @param feedUrl the feed's URL, to resolve relative links and to name the feed in errors
     */
    public ParsedFeed parse(byte[] bytes, String contentType, String feedUrl) throws FeedFormatException {
        try {
            if (bytes.length == 0) {
                throw new FeedFormatException("is empty (0 bytes)");
            }
            String text = feedText.decode(bytes, contentType).text();
            String trimmed = text.stripLeading();
            if (trimmed.isEmpty()) {
                throw new FeedFormatException("is empty (whitespace only)");
            }
            if (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[') {
                return parseJsonFeed(trimmed, feedUrl);
            }
            XmlProlog prolog = XmlProlog.read(trimmed);
            String root = prolog.rootElement();
            if (root.equals("html")) {
                throw new FeedFormatException(XmlProlog.HTML_PAGE);
            }
            if (root.equals("opml")) {
                throw new FeedFormatException("is an OPML list of feeds, not a feed (give it as a feed list)");
            }
            if (!FEED_ROOTS.contains(root)) {
                throw new FeedFormatException("is XML but not a feed (root element <" + root + ">)");
            }
            return parseXmlFeed(prolog, feedUrl);
        } catch (FeedFormatException e) {
            throw new FeedFormatException("Feed " + feedUrl + " " + e.getMessage(), e.getCause());
        }
    }

    private ParsedFeed parseXmlFeed(XmlProlog prolog, String feedUrl) throws FeedFormatException {
        SyndFeedInput input = new SyndFeedInput();
        // Rome refuses DOCTYPEs by default; never setAllowDoctypes(true). The prolog has cut ours out.
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(prolog.withoutDoctype()));
        } catch (FeedException e) {
            Matcher undeclared = UNDECLARED_ENTITY.matcher(rootMessage(e));
            if (prolog.doctype() != null && undeclared.find()) {
                throw new FeedFormatException("uses the entity &" + undeclared.group(1) + "; which only its DOCTYPE declares;"
                        + " newsflow ignores DTDs (no external entity is read, no entity expanded), so the feed cannot be read", e);
            }
            throw new FeedFormatException("is malformed: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new FeedFormatException("cannot be read: " + rootMessage(e), e);
        }
        String type = feed.getFeedType() == null ? "rss" : feed.getFeedType().toLowerCase(Locale.ROOT);
        String format = type.startsWith("atom") ? "atom" : "rss";
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = resolve(feedUrl, entryLink(entry));
            String summary = entry.getDescription() == null ? null : clean(entry.getDescription());
            StringBuilder content = new StringBuilder();
            for (SyndContent c : entry.getContents()) {
                String t = clean(c);
                if (t != null && !t.isEmpty()) {
                    content.append(content.length() > 0 ? "\n\n" : "").append(t);
                }
            }
            Set<String> authors = new LinkedHashSet<>();
            for (SyndPerson p : entry.getAuthors()) {
                addName(authors, p.getName());
            }
            addName(authors, entry.getAuthor());
            Set<String> categories = new LinkedHashSet<>();
            for (SyndCategory c : entry.getCategories()) {
                addName(categories, c.getName());
            }
            items.add(new FeedItem(blankToNull(entry.getUri()), link, htmlText.toLine(entry.getTitle()),
                    emptyToNull(summary), emptyToNull(content.toString()), List.copyOf(authors), List.copyOf(categories),
                    entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                    entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant()));
        }
        return new ParsedFeed(format, htmlText.toLine(feed.getTitle()), resolve(feedUrl, feed.getLink()),
                blankToNull(feed.getLanguage()), items);
    }

    private static String entryLink(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                return l.getHref();
            }
        }
        return null;
    }

    private ParsedFeed parseJsonFeed(String text, String feedUrl) throws FeedFormatException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("is malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new FeedFormatException("is JSON but not a JSON Feed (not an object)");
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedFormatException("is JSON but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")");
        }
        JsonNode itemsNode = root.path("items");
        if (!itemsNode.isArray()) {
            throw new FeedFormatException("is a JSON Feed without an \"items\" array");
        }
        List<String> feedAuthors = names(root);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : itemsNode) {
            if (!item.isObject()) {
                continue;
            }
            String link = resolve(feedUrl, firstText(item, "url", "external_url"));
            String contentHtml = text(item, "content_html");
            String content = contentHtml != null ? htmlText.toText(contentHtml) : htmlText.toText(text(item, "content_text"));
            String summary = text(item, "summary");
            List<String> authors = names(item);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> addName(tags, t.asText()));
            items.add(new FeedItem(blankToNull(text(item, "id")), link, htmlText.toLine(text(item, "title")),
                    summary == null ? null : emptyToNull(htmlText.toText(summary)), emptyToNull(content),
                    authors.isEmpty() ? feedAuthors : authors, tags,
                    dates.parse(text(item, "date_published")).orElse(null),
                    dates.parse(text(item, "date_modified")).orElse(null)));
        }
        return new ParsedFeed("json", htmlText.toLine(text(root, "title")), resolve(feedUrl, text(root, "home_page_url")),
                blankToNull(text(root, "language")), items);
    }

    private List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.path("authors").forEach(a -> addName(out, a.path("name").asText(null)));
        if (node.has("author")) {
            addName(out, node.path("author").path("name").asText(null));
        }
        return out;
    }

    private void addName(java.util.Collection<String> out, String name) {
        if (name != null && !name.isBlank()) {
            String clean = htmlText.toLine(name);
            if (!clean.isEmpty() && !out.contains(clean)) {
                out.add(clean);
            }
        }
    }

    private String clean(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? htmlText.tidyText(content.getValue()) : htmlText.toText(content.getValue());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String t = text(node, f);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    /** An absolute http(s) URL for {@code link}, resolved against the feed URL; null when impossible. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            URI uri = base == null || base.isBlank() ? URI.create(l) : URI.create(base).resolve(l.replace(" ", "%20"));
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // fall through: keep the link only when it already is absolute
        }
        return l.startsWith("http://") || l.startsWith("https://") ? l : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
