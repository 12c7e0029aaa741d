package io.newsflow.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * Seeded random inputs for newsflow's property-style tests ("whatever the bytes, the parser returns a
 * result or its own exception"), run on plain JUnit 5 through {@link #forSamples}.
 *
 * <p>Why our own: we write these few generators ourselves instead of depending on a property-testing
 * library: the one we used asks AI agents, who work on this code base, not to use it, and we respect that.
 * What we need is small: bytes, strings that mix the characters parsers trip over, picks, ranges and
 * mutations of a valid input. We give up shrinking; in exchange every run is reproducible from one
 * number: each test passes a fixed seed, so CI is deterministic, a failure names the seed and sample index,
 * and {@code -Dnewsflow.fuzz.seed=N} explores other seeds or replays a reported one.
 *
 * <p>One instance serves one sample on one thread ({@link SplittableRandom} is not thread-safe); sample
 * {@code i} of seed {@code s} always sees the same values, however many values earlier samples drew.
 */
public final class RandomInputs {
    /** The system property that replaces every test's fixed seed, to explore or to replay a failure. */
    public static final String SEED_PROPERTY = "newsflow.fuzz.seed";

    private static final String MARKUP = "<>&;\"'{}[]()/\\!?-=#%:,.@*+|~`^$ \t";
    /** Characters that are easy to mishandle: BOM, zero-width space, bidi override, replacement, NEL, line separator. */
    private static final int[] NOTABLE_UNICODE = {
            0xFEFF, 0x200B, 0x202E, 0xFFFD, 0x0085, 0x2028, 0x00E9, 0x00DF, 0x4E2D, 0x0416, 0x05D0, 0x1F600, 0x1D11E};
    private static final byte[] EDGE_BYTES = {0, 1, -1, 0x7F, (byte) 0x80, 0x02, (byte) 0xFE};
    private static final long[] EDGE_LONGS = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};

    private final SplittableRandom random;

    public RandomInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Runs {@code check} on {@code count} samples, each with its own inputs derived from the seed (or from
     * {@value #SEED_PROPERTY} when set). A failing sample is rethrown as an {@link AssertionError} naming
     * the seed and sample index, with the original failure as its cause; an aborted assumption passes through.
     */
    public static void forSamples(long seed, int count, BiConsumer<Integer, RandomInputs> check) {
        long effectiveSeed = effectiveSeed(seed);
        for (int sample = 0; sample < count; sample++) {
            RandomInputs inputs = new RandomInputs(sampleSeed(effectiveSeed, sample));
            try {
                check.accept(sample, inputs);
            } catch (TestAbortedException aborted) {
                throw aborted;
            } catch (RuntimeException | Error failure) {
                throw new AssertionError("Sample " + sample + " of " + count + " failed with seed " + effectiveSeed
                        + " (replay with -D" + SEED_PROPERTY + "=" + effectiveSeed + "): " + failure, failure);
            }
        }
    }

    /** The seed a test should use: {@code fixedSeed}, unless {@value #SEED_PROPERTY} says otherwise. */
    public static long effectiveSeed(long fixedSeed) {
        String override = System.getProperty(SEED_PROPERTY);
        if (override == null || override.isBlank()) {
            return fixedSeed;
        }
        try {
            return Long.parseLong(override.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + SEED_PROPERTY + " must be a long, not '" + override + "'", e);
        }
    }

    /** A value in {@code [min, max]}, both inclusive. */
    public int intBetween(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("Empty range [" + min + ", " + max + "]");
        }
        return (int) random.nextLong(min, (long) max + 1);
    }

    /** Any long, with 0, ±1 and the extremes more often than chance would pick them. */
    public long anyLong() {
        return random.nextInt(8) == 0 ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)] : random.nextLong();
    }

    /** True with probability {@code 1/n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    public <T> T pick(List<T> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
        return choices.get(random.nextInt(choices.size()));
    }

    /** A list of {@code 0..maxSize} elements made by {@code element}. */
    public <T> List<T> listOf(int maxSize, Supplier<T> element) {
        int size = size(0, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** {@code 0..maxSize} bytes; the empty and the largest array, and bytes such as 0, -1 and 0x80, come up often. */
    public byte[] bytes(int maxSize) {
        byte[] bytes = new byte[size(0, maxSize)];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (random.nextInt(8) == 0) {
                bytes[i] = EDGE_BYTES[random.nextInt(EDGE_BYTES.length)];
            }
        }
        return bytes;
    }

    /**
     * A string of {@code 0..maxLength} chars mixing printable ASCII, markup and punctuation, control
     * characters, unicode (any BMP char including lone surrogates, supplementary code points, BOM, bidi
     * marks) and the caller's {@code alphabet} (may be empty), the mix that parsers and canonicalizers trip over.
     */
    public String mixedString(int maxLength, String alphabet) {
        int[] own = alphabet.codePoints().toArray();
        int length = size(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(own.length == 0 ? 4 : 5)) {
                case 0 -> random.nextInt(0x20, 0x7F);
                case 1 -> MARKUP.charAt(random.nextInt(MARKUP.length()));
                case 2 -> controlCharacter();
                case 3 -> unicode();
                default -> own[random.nextInt(own.length)];
            };
            if (Character.charCount(codePoint) > length - text.length()) {
                codePoint = random.nextInt(0x20, 0x7F);
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /**
     * A string of {@code minLength..maxLength} chars drawn only from {@code alphabet}. A supplementary code
     * point that would overrun the length is skipped, so an alphabet of only such code points may fall short.
     */
    public String string(int minLength, int maxLength, String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("Empty alphabet");
        }
        int[] bmp = Arrays.stream(codePoints).filter(Character::isBmpCodePoint).toArray();
        int length = size(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int codePoint = codePoints[random.nextInt(codePoints.length)];
            if (Character.charCount(codePoint) > length - text.length()) {
                if (bmp.length == 0) {
                    break;
                }
                codePoint = bmp[random.nextInt(bmp.length)];
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** A copy of {@code valid} with up to {@code maxChanges} bytes at positions {@code from..length-1} set to random values. */
    public byte[] overwrite(byte[] valid, int from, int maxChanges) {
        byte[] bytes = valid.clone();
        if (from >= bytes.length) {
            return bytes;
        }
        int changes = intBetween(0, maxChanges);
        for (int i = 0; i < changes; i++) {
            bytes[intBetween(from, bytes.length - 1)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** The first {@code minLength..valid.length} bytes of {@code valid}. */
    public byte[] cut(byte[] valid, int minLength) {
        return Arrays.copyOf(valid, intBetween(Math.min(minLength, valid.length), valid.length));
    }

    /** {@code valid} with a snippet of {@code 0..maxSnippetLength} random bytes inserted at a random position. */
    public byte[] insert(byte[] valid, int maxSnippetLength) {
        byte[] snippet = bytes(maxSnippetLength);
        int at = intBetween(0, valid.length);
        byte[] bytes = new byte[valid.length + snippet.length];
        System.arraycopy(valid, 0, bytes, 0, at);
        System.arraycopy(snippet, 0, bytes, at, snippet.length);
        System.arraycopy(valid, at, bytes, at + snippet.length, valid.length - at);
        return bytes;
    }

    /** The first {@code 0..valid.length()} chars of {@code valid} (may split a surrogate pair, on purpose). */
    public String cut(String valid) {
        return valid.substring(0, intBetween(0, valid.length()));
    }

    /**
     * {@code valid} with a snippet of {@code 0..maxSnippetLength} chars from {@code snippetAlphabet} inserted
     * at a random char position (which may split a surrogate pair, on purpose).
     */
    public String insert(String valid, String snippetAlphabet, int maxSnippetLength) {
        int at = intBetween(0, valid.length());
        return valid.substring(0, at) + string(0, maxSnippetLength, snippetAlphabet) + valid.substring(at);
    }

    /** A length in {@code [min, max]} that is the shortest or the longest more often than chance. */
    private int size(int min, int max) {
        return switch (random.nextInt(16)) {
            case 0 -> min;
            case 1 -> max;
            default -> intBetween(min, max);
        };
    }

    private int controlCharacter() {
        int pick = random.nextInt(0x20 + 3);
        return pick < 0x20 ? pick : new int[] {0x7F, 0x85, 0x9F}[pick - 0x20];
    }

    private int unicode() {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(0x80, 0x10000);
            case 1 -> random.nextInt(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT + 1);
            default -> NOTABLE_UNICODE[random.nextInt(NOTABLE_UNICODE.length)];
        };
    }

    /** Spreads (seed, sample) over all 64 bits (the SplitMix64 finaliser) so neighbouring samples are unrelated. */
    private static long sampleSeed(long seed, int sample) {
        long z = seed + (sample + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
