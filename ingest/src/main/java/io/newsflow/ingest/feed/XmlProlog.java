package io.newsflow.ingest.feed;

import java.util.Locale;

/**
 * Reads what comes before an XML document's root element, to refuse a DOCTYPE before any parser
 * sees it (no DTD means no external entity, no entity expansion, no "billion laughs") and to tell
 * what the document is (rss, feed, rdf:RDF, opml, html) from its root element. Only the prolog is
 * scanned, so an article quoting {@code <!DOCTYPE html>} inside CDATA is not mistaken for one.
 */
final class XmlProlog {
    private XmlProlog() {
    }

    /** The root element's local name, lower case; throws when the prolog holds a DOCTYPE or is not XML. */
    static String rootElement(String text) throws FeedFormatException {
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new FeedFormatException("has no root element (empty or whitespace only)");
            }
            if (text.charAt(i) != '<') {
                throw new FeedFormatException("is not XML (starts with '" + printable(text, i) + "')");
            }
            if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    throw new FeedFormatException("is truncated inside its XML declaration");
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    throw new FeedFormatException("is truncated inside a comment before its root element");
                }
                i = end + 3;
            } else if (text.regionMatches(true, i, "<!DOCTYPE html", 0, 14) && i + 14 < n
                    && (Character.isWhitespace(text.charAt(i + 14)) || text.charAt(i + 14) == '>')) {
                throw new FeedFormatException("is an HTML page, not a feed (give its feed URL, or the site URL for feed discovery)");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                throw new FeedFormatException("declares a DOCTYPE; newsflow never processes DTDs (they carry external"
                        + " entities and entity expansion), so the feed is refused");
            } else if (text.startsWith("<!", i)) {
                throw new FeedFormatException("has markup declarations before its root element, which newsflow refuses");
            } else {
                int start = i + 1;
                int end = start;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') {
                    end++;
                }
                String name = text.substring(start, end);
                int colon = name.indexOf(':');
                String local = colon >= 0 && !name.equalsIgnoreCase("rdf:RDF") ? name.substring(colon + 1) : name;
                return local.toLowerCase(Locale.ROOT);
            }
        }
    }

    private static String printable(String text, int i) {
        String s = text.substring(i, Math.min(text.length(), i + 20));
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
