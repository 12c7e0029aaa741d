package io.newsflow.bench.story;

import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.story.LshBands;
import io.newsflow.enrich.story.SameStory;
import io.newsflow.enrich.story.SameStoryRule;
import io.newsflow.enrich.story.StoryFingerprint;
import io.newsflow.enrich.story.StoryFingerprinter;
import io.newsflow.enrich.story.StoryPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The work story identity adds per article in the dedup step, on the 898-word benchmark article:
 * {@link StoryFingerprinter#of} (normalising, 3-word shingles, 120 MinHash functions as multiply-adds, name and
 * number sketches), {@link SameStoryRule#judge} of the article against a rewrite of it, {@link LshBands#keys} and
 * the fingerprint's round trip through its stored bytes. The baseline, {@code naiveMinHash}, is the obvious
 * implementation of the same signature (the project's first one): words by regular expression, a String per
 * word, shingle hashes boxed into a {@code HashSet<Long>}, and a full 64-bit mix per shingle and function. The
 * dedup step must sustain 5,000 articles/s on one core, 200 µs per article for everything it does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoryBenchmark {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final StoryPolicy policy = StoryPolicy.defaults();
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(policy);
    private final SameStoryRule rule = new SameStoryRule(policy);
    private final LshBands bands = new LshBands(policy);
    private long[] naiveSeeds;
    private String title;
    private String body;
    private StoryFingerprint article;
    private StoryFingerprint rewrite;
    private byte[] stored;

    @Setup
    public void setUp() {
        title = BenchArticle.title();
        body = BenchArticle.body();
        naiveSeeds = new long[policy.hashes()];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < naiveSeeds.length; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            naiveSeeds[i] = seed;
        }
        article = fingerprinter.of(title, body);
        String reworded = body.replaceFirst("Top US negotiators met Russian President Vladimir Putin on Tuesday in Moscow",
                "Russian President Vladimir Putin met top US negotiators in Moscow on Tuesday");
        rewrite = fingerprinter.of("Another headline", reworded.substring(0, reworded.length() * 9 / 10));
        stored = article.toBytes();
        SameStory verdict = rule.judge(article, rewrite);
        System.out.printf(Locale.ROOT, "%n%,d words, %,d distinct shingles, %d names, %d numbers; fingerprint %d bytes;"
                        + " %d keys; rewrite: %s (J %.2f, C %.2f)%n", body.split("\\s+").length, article.shingles(),
                article.names().distinct(), article.numbers().distinct(), stored.length, bands.keys(article).length,
                verdict.reason(), verdict.jaccard(), verdict.containment());
    }

    @Benchmark
    public StoryFingerprint fingerprint() {
        return fingerprinter.of(title, body);
    }

    @Benchmark
    public int[] naiveMinHash() {
        Matcher matcher = WORD.matcher(body.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = 0; j < 3; j++) {
                h = mix(h ^ words.get(i + j).hashCode());
            }
            shingles.add(h);
        }
        int[] minima = new int[naiveSeeds.length];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < naiveSeeds.length; k++) {
                int value = (int) (mix(shingle ^ naiveSeeds[k]) >>> 33);
                if (value < minima[k]) {
                    minima[k] = value;
                }
            }
        }
        return minima;
    }

    @Benchmark
    public SameStory judge() {
        return rule.judge(article, rewrite);
    }

    @Benchmark
    public long[] lshKeys() {
        return bands.keys(article);
    }

    @Benchmark
    public StoryFingerprint storedRoundTrip() {
        return StoryFingerprint.fromBytes(article.toBytes());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
