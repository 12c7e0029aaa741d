package io.newsflow.ingest.feed;

import java.util.Locale;

/**
 * What comes before an XML document's root element: which document it is (rss, feed, rdf:rdf, opml, html, from
 * its root element) and the document with its DOCTYPE declaration cut out.
 *
 * <p>Why the DOCTYPE is cut rather than refused or processed: RSS 0.91 feeds in the wild carry the Netscape
 * DOCTYPE and other readers read them, but a DTD is also how a hostile feed reads local files (external
 * entities) or explodes in memory (entity expansion). Cut before any parser sees it, the DTD is ignored
 * whole: nothing is fetched, no entity it declares exists, and a reference to one is an undeclared entity,
 * which the parser refuses. Only the prolog is scanned, so an article quoting {@code <!DOCTYPE html>} inside
 * CDATA is not mistaken for one.
 *
 * @param rootElement the root element's local name, lower case ({@code rdf:rdf} kept whole)
 * @param doctype the DOCTYPE declaration as written, or null when there is none
 * @param withoutDoctype the document with the DOCTYPE declaration removed (the same text when there is none)
 */
record XmlProlog(String rootElement, String doctype, String withoutDoctype) {
    static final String HTML_PAGE = "is an HTML page, not a feed (give its feed URL, or the site URL for feed discovery)";

    /** Reads the prolog of {@code text}; throws when it is not XML, is truncated in its prolog, or declares itself HTML. */
    static XmlProlog read(String text) throws FeedFormatException {
        int i = 0;
        int n = text.length();
        int doctypeStart = -1;
        int doctypeEnd = -1;
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
                i = after(text, i + 2, "?>", "its XML declaration");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i + 4, "-->", "a comment before its root element");
            } else if (text.regionMatches(true, i, "<!DOCTYPE html", 0, 14) && i + 14 < n
                    && (Character.isWhitespace(text.charAt(i + 14)) || text.charAt(i + 14) == '>')) {
                throw new FeedFormatException(HTML_PAGE);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9) && doctypeStart < 0) {
                doctypeStart = i;
                doctypeEnd = endOfDoctype(text, i + 9);
                i = doctypeEnd;
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
                String root = local.toLowerCase(Locale.ROOT);
                return doctypeStart < 0 ? new XmlProlog(root, null, text)
                        : new XmlProlog(root, text.substring(doctypeStart, doctypeEnd),
                                text.substring(0, doctypeStart) + text.substring(doctypeEnd));
            }
        }
    }

    /** The root element's local name, lower case; throws as {@link #read}. */
    static String rootElement(String text) throws FeedFormatException {
        return read(text).rootElement();
    }

    /**
     * The index after the {@code >} that closes a DOCTYPE whose keyword ends before {@code from}: quoted
     * identifiers and an internal subset in brackets (with its declarations, quoted values, comments and
     * processing instructions) are skipped whole, so a {@code >} or {@code ]} inside them does not end it.
     */
    private static int endOfDoctype(String text, int from) throws FeedFormatException {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = after(text, i + 1, String.valueOf(c), "its DOCTYPE");
            } else if (c == '[') {
                i = endOfInternalSubset(text, i + 1);
            } else if (c == '>') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new FeedFormatException("is truncated inside its DOCTYPE");
    }

    private static int endOfInternalSubset(String text, int from) throws FeedFormatException {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("<!--", i)) {
                i = after(text, i + 4, "-->", "its DOCTYPE");
            } else if (text.startsWith("<?", i)) {
                i = after(text, i + 2, "?>", "its DOCTYPE");
            } else if (c == '"' || c == '\'') {
                i = after(text, i + 1, String.valueOf(c), "its DOCTYPE");
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new FeedFormatException("is truncated inside its DOCTYPE");
    }

    private static int after(String text, int from, String end, String where) throws FeedFormatException {
        int at = text.indexOf(end, from);
        if (at < 0) {
            throw new FeedFormatException("is truncated inside " + where);
        }
        return at + end.length();
    }

    private static String printable(String text, int i) {
        String s = text.substring(i, Math.min(text.length(), i + 20));
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
