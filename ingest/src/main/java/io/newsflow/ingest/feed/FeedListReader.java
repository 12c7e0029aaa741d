package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a list of feeds: an OPML 2.0 document ({@code <outline xmlUrl=...>}, nested outlines
 * included) or plain text with one URL per line ({@code #} starts a comment). OPML goes through StAX
 * with DTDs and external entities off, its DOCTYPE cut out first as for feeds ({@link XmlProlog}): an entity
 * it declares is never expanded, and a reference to one makes the list malformed. Duplicate URLs are listed once.
 */
public final class FeedListReader {
    private final FeedText feedText = new FeedText();

    /** The feeds listed in {@code bytes}; {@code name} (a path or URL) names the list in errors. */
    public List<FeedSubscription> read(byte[] bytes, String name) throws FeedFormatException {
        String text;
        try {
            text = feedText.decode(bytes, null).text();
        } catch (FeedFormatException e) {
            throw new FeedFormatException("Feed list " + name + " " + e.getMessage());
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            XmlProlog prolog;
            try {
                prolog = XmlProlog.read(trimmed);
            } catch (FeedFormatException e) {
                throw new FeedFormatException("Feed list " + name + " " + e.getMessage());
            }
            if (!prolog.rootElement().equals("opml")) {
                throw new FeedFormatException("Feed list " + name + " is XML but not OPML (root element <" + prolog.rootElement() + ">)");
            }
            return readOpml(prolog.withoutDoctype(), name);
        }
        Map<String, FeedSubscription> feeds = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n|\r")) {
            lineNumber++;
            String l = line.strip();
            int hash = l.indexOf(" #");
            if (hash >= 0) {
                l = l.substring(0, hash).strip();
            }
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!l.startsWith("http://") && !l.startsWith("https://")) {
                throw new FeedFormatException("Feed list " + name + " line " + lineNumber + " is not an http(s) URL: '"
                        + (l.length() > 60 ? l.substring(0, 60) + "..." : l) + "'");
            }
            feeds.putIfAbsent(l, new FeedSubscription(l, null));
        }
        return new ArrayList<>(feeds.values());
    }

    private static List<FeedSubscription> readOpml(String text, String name) throws FeedFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        Map<String, FeedSubscription> feeds = new LinkedHashMap<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new java.io.StringReader(text));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("outline")) {
                    String url = attribute(reader, "xmlUrl");
                    if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
                        String title = attribute(reader, "title");
                        feeds.putIfAbsent(url, new FeedSubscription(url, title != null ? title : attribute(reader, "text")));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new FeedFormatException("Feed list " + name + " is malformed OPML: " + e.getMessage(), e);
        }
        if (feeds.isEmpty()) {
            throw new FeedFormatException("Feed list " + name + " is OPML without any <outline xmlUrl=\"...\">");
        }
        return new ArrayList<>(feeds.values());
    }

    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equalsIgnoreCase(name)) {
                String v = reader.getAttributeValue(i);
                return v == null || v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }

}
