package io.newsflow.ingest.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML fragment (a feed description, {@code content:encoded}, an extracted article) into
 * clean text whose paragraphs are separated by blank lines, because enrich splits sentences and
 * offsets on that layout. Plain text passes through with its whitespace tidied.
 */
public final class HtmlText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "figure", "figcaption", "hr", "address", "details", "summary");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
            "form", "button", "select", "textarea", "input", "head", "title", "meta", "link");

    /** Clean text of {@code html}, paragraphs separated by one blank line; never null. */
    public String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return tidy(html);
        }
        return toText(Jsoup.parseBodyFragment(html).body());
    }

    /** Clean text of an element's content, paragraphs separated by one blank line. */
    public String toText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping++;
                    } else if (skipping == 0) {
                        if (BLOCKS.contains(tag)) {
                            out.append("\n\n");
                        } else if (tag.equals("br")) {
                            out.append('\n');
                        }
                    }
                } else if (node instanceof TextNode t && skipping == 0) {
                    out.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping--;
                    } else if (skipping == 0 && BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                }
            }
        }, root);
        return tidy(out.toString());
    }

    /** One line of clean text: for titles, names and categories, where layout means nothing. */
    public String toLine(String html) {
        if (html == null) {
            return "";
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).body().text();
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Tidies plain text: collapses spaces within lines, keeps single line breaks inside a paragraph,
     * and leaves exactly one blank line between paragraphs.
     */
    public String tidyText(String text) {
        return tidy(text);
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t\u000b\f]*\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \t\u000b\f]*\n[ \t\u000b\f]*");
    private static final Pattern SPACES = Pattern.compile("[ \t\u000b\f\u2000-\u200b\u3000]+");

    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder(unified.length());
        for (String paragraph : PARAGRAPH_BREAK.split(unified)) {
            String clean = SPACES.matcher(LINE_BREAK.matcher(paragraph).replaceAll("\n")).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(clean);
            }
        }
        return out.toString();
    }
}
