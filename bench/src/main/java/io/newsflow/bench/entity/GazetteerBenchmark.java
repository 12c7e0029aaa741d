package io.newsflow.bench.entity;

import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.entity.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Place lookups over every 1-, 2- and 3-word n-gram of the article (within sentences): {@link Gazetteer#country}
 * and {@link Gazetteer#cities}, which fold accents, case and hyphens into a key on every call (NFD
 * normalisation and two regular expressions), beside plain {@link HashMap}s of the same names (the same
 * resource files) looked up with only {@code toLowerCase}. The ratio is the price of the folding; the hit
 * counts, printed at setup, show how much the folding finds that the plain map misses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GazetteerBenchmark {
    private static final String BASE = "/io/newsflow/enrich/entity/";
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\\u2019-]+");

    private Gazetteer gazetteer;
    private Map<String, String> countries;
    private Map<String, List<Long>> cities;
    private String[] ngrams;

    @Setup
    public void setUp() {
        gazetteer = Gazetteer.load();
        countries = new HashMap<>();
        readLines("countries.tsv.gz", f -> {
            countries.put(f[1].toLowerCase(Locale.ROOT), f[0]);
            for (String alias : f[4].split("\\|")) {
                if (!alias.isBlank()) {
                    countries.putIfAbsent(alias.toLowerCase(Locale.ROOT), f[0]);
                }
            }
        });
        cities = new HashMap<>();
        readLines("cities.tsv.gz", f -> {
            long id = Long.parseLong(f[0]);
            cities.computeIfAbsent(f[1].toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(id);
            if (!f[2].isBlank()) {
                cities.computeIfAbsent(f[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(id);
            }
        });
        ngrams = ngrams(BenchArticle.text()).toArray(String[]::new);
        System.out.printf(Locale.ROOT, "%n%,d n-grams; hits: Gazetteer %,d, HashMap %,d; %,d city names%n",
                ngrams.length, gazetteer(), hashMap(), cities.size());
    }

    @Benchmark
    public int gazetteer() {
        int hits = 0;
        for (String ngram : ngrams) {
            if (gazetteer.country(ngram).isPresent()) {
                hits++;
            }
            if (!gazetteer.cities(ngram).isEmpty()) {
                hits++;
            }
        }
        return hits;
    }

    @Benchmark
    public int hashMap() {
        int hits = 0;
        for (String ngram : ngrams) {
            String key = ngram.toLowerCase(Locale.ROOT);
            if (countries.get(key) != null) {
                hits++;
            }
            if (cities.get(key) != null) {
                hits++;
            }
        }
        return hits;
    }

    private static List<String> ngrams(String text) {
        List<String> result = new ArrayList<>();
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(sentences.group());
            while (word.find()) {
                words.add(word.group());
            }
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= words.size(); i++) {
                    result.add(String.join(" ", words.subList(i, i + n)));
                }
            }
        }
        return result;
    }

    private interface Row {
        void accept(String[] fields);
    }

    /** The gazetteer's own resources, read directly: the same names, without its key folding. */
    private static void readLines(String file, Row row) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (raw == null) {
                throw new IllegalStateException(BASE + file + " is missing from the benchmark jar");
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty()) {
                        row.accept(line.split("\t", -1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
