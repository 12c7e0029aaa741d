package io.newsflow.ingest.feed;

import io.newsflow.ingest.http.FetchException;
import io.newsflow.ingest.http.FetchRequest;
import io.newsflow.ingest.http.FetchResult;
import io.newsflow.ingest.http.HttpFetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what an operator named as feeds ({@code --feeds}, {@code ingest.feeds}) into the feeds to poll. Each
 * argument is a file or an http(s) URL, and either may hold a feed list (OPML, or one URL per line), a web page
 * or, for a URL, a feed:
 * <ul>
 *   <li>a file is a feed list, or a web page whose absolute feed links are followed;</li>
 *   <li>a URL is fetched once, now: an OPML list gives its feeds, a web page gives the first feed it advertises
 *   ({@code <link rel="alternate">}, RSS and Atom before JSON Feed), anything else is a feed itself. A URL that
 *   cannot be fetched now is kept as a feed; the poller reports it like any failing feed.</li>
 * </ul>
 * Each argument that was not a feed itself yields a sentence saying what was found, for the command to print; a
 * page that advertises no feed is skipped with such a sentence, and the other arguments go on.
 * Lists are read when the command starts: a list that changes is read again at the next start.
 */
public final class FeedArguments {
    private final HttpFetcher http;
    private final FeedListReader lists = new FeedListReader();
    private final FeedDiscovery discovery = new FeedDiscovery();
    private final FeedText feedText = new FeedText();

    /**
     * @param feeds the feeds to poll, each listed once, in argument order
     * @param notes what was found behind each argument that was not a feed itself
     */
    public record Resolved(List<FeedSubscription> feeds, List<String> notes) {
        public Resolved {
            feeds = List.copyOf(feeds);
            notes = List.copyOf(notes);
        }
    }

    public FeedArguments(HttpFetcher http) {
        this.http = http;
    }

    /** Reads lists and pages named by {@code arguments}; a list that cannot be read is a {@link FeedFormatException}. */
    public Resolved resolve(List<String> arguments) throws FeedFormatException, InterruptedException {
        Map<String, FeedSubscription> feeds = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (String argument : arguments) {
            String a = argument.strip();
            List<FeedSubscription> found = a.startsWith("http://") || a.startsWith("https://") ? fromUrl(a, notes) : fromFile(a, notes);
            found.forEach(s -> feeds.putIfAbsent(s.url(), s));
        }
        return new Resolved(new ArrayList<>(feeds.values()), notes);
    }

    private List<FeedSubscription> fromFile(String argument, List<String> notes) throws FeedFormatException {
        Path path = Path.of(argument);
        if (!Files.isRegularFile(path)) {
            throw new FeedFormatException("Feed list " + argument + " is neither an http(s) URL nor a readable file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FeedFormatException("Feed list " + argument + " cannot be read: " + e.getMessage(), e);
        }
        if (kind(bytes, null) == Kind.WEB_PAGE) {
            // A saved page has no address of its own: only absolute feed links lead anywhere.
            return fromPage(argument, bytes, null, "", notes);
        }
        return lists.read(bytes, argument);
    }

    private List<FeedSubscription> fromUrl(String url, List<String> notes) throws FeedFormatException, InterruptedException {
        FetchResult result;
        try {
            result = http.fetch(FetchRequest.feed(url, null, null));
        } catch (FetchException e) {
            notes.add(url + " could not be fetched at start to tell a feed from a feed list (" + e.getMessage()
                    + "); it is polled as a feed");
            return List.of(new FeedSubscription(url, null));
        }
        return switch (kind(result.body(), result.contentType())) {
            case OPML, URL_LIST -> {
                List<FeedSubscription> listed = lists.read(result.body(), url);
                notes.add(url + " is a feed list: " + listed.size() + (listed.size() == 1 ? " feed" : " feeds"));
                yield listed;
            }
            case WEB_PAGE -> fromPage(url, result.body(), result.contentType(), result.finalUrl(), notes);
            case FEED -> List.of(new FeedSubscription(url, null));
        };
    }

    private List<FeedSubscription> fromPage(String argument, byte[] bytes, String contentType, String baseUrl,
                                            List<String> notes) throws FeedFormatException {
        List<String> advertised = discovery.discover(feedText.decode(bytes, contentType).text(), baseUrl);
        if (advertised.isEmpty()) {
            notes.add(argument + " is a web page that advertises no feed (no <link rel=\"alternate\" type=\"application/rss+xml\">,"
                    + " Atom or JSON Feed link" + (baseUrl.isEmpty() ? " with an absolute URL" : "") + "); skipped: give the feed's URL");
            return List.of();
        }
        notes.add(argument + " is a web page; polling the feed it advertises, " + advertised.get(0)
                + (advertised.size() > 1 ? " (first of " + advertised.size() + ")" : ""));
        return List.of(new FeedSubscription(advertised.get(0), null));
    }

    private enum Kind { FEED, OPML, URL_LIST, WEB_PAGE }

    /** What the bytes are, judged by their first element; anything unclear is a feed, for the poller to judge. */
    private Kind kind(byte[] bytes, String contentType) {
        String text;
        try {
            text = feedText.decode(bytes, contentType).text().stripLeading();
        } catch (FeedFormatException e) {
            return Kind.FEED;
        }
        if (text.isEmpty() || text.charAt(0) == '{' || text.charAt(0) == '[') {
            return Kind.FEED;
        }
        if (text.charAt(0) != '<') {
            return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("#") ? Kind.URL_LIST : Kind.FEED;
        }
        try {
            String root = XmlProlog.rootElement(text);
            return root.equals("opml") ? Kind.OPML : root.equals("html") ? Kind.WEB_PAGE : Kind.FEED;
        } catch (FeedFormatException e) {
            return e.getMessage().equals(XmlProlog.HTML_PAGE) ? Kind.WEB_PAGE : Kind.FEED;
        }
    }
}
