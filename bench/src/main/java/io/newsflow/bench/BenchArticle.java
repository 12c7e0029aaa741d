package io.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The article every text benchmark reads: 898 words of English wire copy (the project's seed article
 * followed by four articles of the enrich gold set, headlines included), so the hot paths see real names,
 * numbers, quotes and sentence lengths rather than generated words. Headline, blank line, body, as
 * enrich analyses title + "\n\n" + body.
 */
public final class BenchArticle {
    private static final String RESOURCE = "/io/newsflow/bench/article-900-words.txt";

    private BenchArticle() {
    }

    /** The whole text, headline first. */
    public static String text() {
        try (InputStream in = BenchArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the benchmark jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headline: the first line. */
    public static String title() {
        String text = text();
        return text.substring(0, text.indexOf('\n'));
    }

    /** Everything after the headline's blank line. */
    public static String body() {
        String text = text();
        return text.substring(text.indexOf("\n\n") + 2);
    }
}
