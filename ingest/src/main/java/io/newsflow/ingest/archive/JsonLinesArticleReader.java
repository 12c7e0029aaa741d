package io.newsflow.ingest.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code .jsonl} archive: one JSON object per line with {@code title} and {@code body} (required),
 * {@code url}, {@code publishedAt} (ISO-8601 or epoch milliseconds), {@code source}, and optionally
 * {@code summary}, {@code guid}, {@code authors}, {@code categories}, {@code language},
 * {@code updatedAt}, {@code feedUrl}, {@code siteUrl}. Read as a stream of byte lines, each decoded
 * on its own, so one bad line (not JSON, not UTF-8, missing a field) is rejected with its number and
 * the lines after it are still read.
 */
final class JsonLinesArticleReader {
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is).*</?(p|br|div|span|a|em|strong|h[1-6]|li)[\\s/>].*");

    private final ObjectMapper json;
    private final HtmlText htmlText;
    private final DateText dates;

    JsonLinesArticleReader(ObjectMapper json, HtmlText htmlText, DateText dates) {
        this.json = json;
        this.htmlText = htmlText;
        this.dates = dates;
    }

    void read(ArchiveFile file, InputStream in, Instant now, ArchiveSink sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long number = 0;
        boolean anything = false;
        boolean overlong = false;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b == -1) {
                if (b == -1 && line.size() == 0 && !overlong) {
                    break;
                }
                number++;
                if (overlong) {
                    sink.rejected(number, "line longer than " + MAX_LINE_BYTES + " bytes");
                    anything = true;
                } else if (readLine(file, line.toByteArray(), number, now, sink)) {
                    anything = true;
                }
                line.reset();
                overlong = false;
                if (b == -1) {
                    break;
                }
            } else if (line.size() >= MAX_LINE_BYTES) {
                overlong = true;
            } else {
                line.write(b);
            }
        }
        if (!anything) {
            sink.rejected(0, "empty file");
        }
    }

    /** Reads one line; false when it was blank. */
    private boolean readLine(ArchiveFile file, byte[] bytes, long number, Instant now, ArchiveSink sink) {
        String text;
        try {
            text = TextBytes.decode(bytes);
        } catch (TextBytes.NotText e) {
            sink.rejected(number, e.getMessage());
            return true;
        }
        if (text.isBlank()) {
            return false;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            sink.rejected(number, "not JSON: " + e.getOriginalMessage());
            return true;
        }
        if (node == null || !node.isObject()) {
            sink.rejected(number, "not a JSON object (expected {\"title\": ..., \"body\": ..., ...})");
            return true;
        }
        String title = htmlText.toLine(string(node, "title"));
        if (title.isEmpty()) {
            sink.rejected(number, "missing \"title\"");
            return true;
        }
        String rawBody = string(node, "body");
        String body = rawBody == null ? "" : LOOKS_LIKE_HTML.matcher(rawBody).matches()
                ? htmlText.toText(rawBody) : htmlText.tidyText(rawBody);
        if (body.isEmpty()) {
            sink.rejected(number, "missing \"body\"");
            return true;
        }
        Optional<Instant> published = Optional.empty();
        JsonNode publishedNode = node.get("publishedAt");
        if (publishedNode != null && !publishedNode.isNull()) {
            published = publishedNode.isNumber()
                    ? Optional.of(Instant.ofEpochMilli(publishedNode.asLong()))
                    : dates.parse(publishedNode.asText());
            if (published.isEmpty()) {
                sink.rejected(number, "\"publishedAt\" '" + abbreviate(publishedNode.asText())
                        + "' is neither ISO-8601 nor epoch milliseconds");
                return true;
            }
        }
        Instant publishedAt = published.orElse(file.modified());
        if (publishedAt.isAfter(now)) {
            publishedAt = now;
        }
        String source = string(node, "source");
        String summary = string(node, "summary");
        sink.article(new ArticleDraft(
                blankToNull(string(node, "url")), blankToNull(string(node, "canonicalUrl")),
                blankToNull(firstNonNull(string(node, "guid"), string(node, "id"))),
                title, summary == null || summary.isBlank() ? null : htmlText.toText(summary), body,
                strings(node.get("authors"), node.get("author")), strings(node.get("categories"), node.get("tags")),
                source == null || source.isBlank() ? file.source() : source.strip(),
                blankToNull(string(node, "feedUrl")), blankToNull(string(node, "siteUrl")),
                publishedAt, published.isEmpty(),
                dates.parse(string(node, "updatedAt")).orElse(null), now,
                blankToNull(string(node, "language")), "archive"), number);
        return true;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private List<String> strings(JsonNode... nodes) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (node == null || node.isNull()) {
                continue;
            }
            if (node.isArray()) {
                node.forEach(n -> {
                    String s = n.isObject() ? string(n, "name") : n.asText();
                    if (s != null && !s.isBlank()) {
                        out.add(htmlText.toLine(s));
                    }
                });
            } else if (node.isObject()) {
                String s = string(node, "name");
                if (s != null && !s.isBlank()) {
                    out.add(htmlText.toLine(s));
                }
            } else if (!node.asText().isBlank()) {
                out.add(htmlText.toLine(node.asText()));
            }
        }
        return out;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
