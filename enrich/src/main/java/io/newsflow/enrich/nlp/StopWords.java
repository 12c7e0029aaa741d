package io.newsflow.enrich.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words and reporting verbs ("said", "according"): what a key phrase never
 * contains and what a capitalised first word of a sentence usually is rather than a name.
 */
public final class StopWords {
    public static final String RESOURCE = "/io/newsflow/enrich/nlp/stopwords.txt";

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static StopWords load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The stop word list " + RESOURCE + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            }
            return new StopWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
