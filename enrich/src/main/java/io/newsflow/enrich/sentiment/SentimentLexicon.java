package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The VADER lexicon (C.J. Hutto, MIT licence): mean human valence in -4..4 of about 7,500 words,
 * emoticons and slang. Loaded once from the classpath; read-only afterwards, so shared by threads.
 */
public final class SentimentLexicon {
    public static final String RESOURCE = "/io/newsflow/enrich/sentiment/vader_lexicon.txt.gz";

    private final Map<String, Double> valences;

    private SentimentLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    public static SentimentLexicon load() {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sentiment lexicon " + RESOURCE + " is missing from the classpath");
            }
            Map<String, Double> valences = new HashMap<>();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] fields = line.split("\t");
                    if (fields.length >= 2) {
                        valences.put(fields[0].strip(), Double.parseDouble(fields[1].strip()));
                    }
                }
            }
            return new SentimentLexicon(valences);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment lexicon " + RESOURCE, e);
        }
    }

    /** Valence of a lower-cased word in -4..4, or 0 when the lexicon does not know it. */
    public double valence(String lowerCaseWord) {
        Double value = valences.get(lowerCaseWord);
        return value == null ? 0.0 : value;
    }

    public boolean contains(String lowerCaseWord) {
        return valences.containsKey(lowerCaseWord);
    }
}
