package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * The words of an article body as story identity reads them: boilerplate lines dropped, the dateline cut,
 * each word reduced to a 64-bit hash of its lower-cased letters and marked as a plain word, a name or a
 * number. Punctuation, quotes, dashes and spacing vanish between words, so curly and straight quotes,
 * en and em dashes, reflowed lines and doubled spaces give the same words. What changes no story is
 * folded: {@code 14,000} is {@code 14000}, {@code 5%} is {@code 5 percent} (and so is {@code 5 per cent}),
 * {@code U.S.} is {@code US}, and the number words two to twenty are their figures ("nine people" and
 * "9 people" are one fact; "one" is left alone, it is mostly a pronoun).
 *
 * <p>A name is a word that starts with a capital letter and does not open a sentence (a sentence opens a
 * paragraph or follows a full stop, question or exclamation mark); a number is a word that starts with a
 * digit. Scanning makes no String per word: it hashes characters as it reads them.
 * One instance per body, filled by {@link #scan}.
 */
final class BodyWords {
    static final byte PLAIN = 0;
    static final byte NAME = 1;
    static final byte NUMBER = 2;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long PER = hash("per");
    private static final long CENT = hash("cent");
    private static final long PERCENT = hash("percent");
    /** Open addressing by the top 6 bits of a word's hash: number word -> hash of its figures. */
    private static final long[] NUMBER_WORDS = new long[64];
    private static final long[] NUMBER_FIGURES = new long[64];

    static {
        String[] words = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int n = 0; n < words.length; n++) {
            long word = hash(words[n]);
            int slot = (int) (word >>> 58);
            while (NUMBER_WORDS[slot] != 0) {
                slot = (slot + 1) & 63;
            }
            NUMBER_WORDS[slot] = word;
            NUMBER_FIGURES[slot] = hash(Integer.toString(n + 2));
        }
    }

    private long[] hashes;
    private byte[] kinds;
    private int size;

    private BodyWords(int capacity) {
        hashes = new long[capacity];
        kinds = new byte[capacity];
    }

    /** The words of {@code body} (null reads as empty). */
    static BodyWords scan(String body) {
        String text = body == null ? "" : body;
        BodyWords words = new BodyWords(Math.max(16, text.length() / 5));
        char[] chars = text.toCharArray(); // array reads beat String.charAt on text with non-Latin-1 letters
        boolean first = true;
        boolean sentenceStart = true;
        int position = 0;
        while (position < text.length()) {
            int lineEnd = text.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = position;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                sentenceStart = true; // a blank line ends a paragraph
            } else if (Boilerplate.isBoilerplate(text, start, end)) {
                sentenceStart = true;
            } else {
                if (first) {
                    start += Boilerplate.datelineLength(text, start, end);
                    first = false;
                }
                sentenceStart = words.scanLine(chars, start, end, sentenceStart);
            }
            position = lineEnd + 1;
        }
        return words;
    }

    int size() {
        return size;
    }

    long hash(int index) {
        return hashes[index];
    }

    byte kind(int index) {
        return kinds[index];
    }

    /**
     * Reads one line; a line break inside a paragraph does not open a sentence (hard-wrapped text reads as
     * its unwrapped copy). Returns whether the line ended a sentence.
     */
    private boolean scanLine(char[] text, int start, int end, boolean sentenceStart) {
        int i = start;
        while (i < end) {
            char c = text[i];
            if (isDigit(c)) {
                i = scanNumber(text, i, end);
                sentenceStart = false;
            } else if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                i = scanWord(text, i, end, sentenceStart);
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?') {
                    sentenceStart = true;
                } else if (c == '%') {
                    add(PERCENT, PLAIN);
                }
                i++;
            }
        }
        return sentenceStart;
    }

    /** Digits with their decimal points; thousands separators skipped. */
    private int scanNumber(char[] text, int i, int end) {
        long h = FNV_OFFSET;
        while (i < end) {
            char c = text[i];
            if (isDigit(c)) {
                h = (h ^ c) * FNV_PRIME;
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < end && isDigit(text[i + 1])) {
                if (c == '.') {
                    h = (h ^ c) * FNV_PRIME;
                }
                i++;
            } else {
                break;
            }
        }
        add(h, NUMBER);
        return i;
    }

    /** Letters and digits; single letters joined by dots ("U.S.") make one word. */
    private int scanWord(char[] text, int i, int end, boolean sentenceStart) {
        boolean capital = Character.isUpperCase(text[i]);
        long h = FNV_OFFSET;
        int letters = 0;
        while (i < end) {
            char c = text[i];
            if (isWordChar(c)) {
                h = (h ^ lowerCase(c)) * FNV_PRIME;
                letters++;
                i++;
            } else if (c == '.' && letters == 1 && i + 1 < end && Character.isLetter(text[i + 1])
                    && (i + 2 == end || text[i + 2] == '.')) {
                letters = 0; // an acronym: the next single letter continues this word
                i++;
            } else {
                break;
            }
        }
        if (h == CENT && size > 0 && hashes[size - 1] == PER) {
            hashes[size - 1] = PERCENT;
            return i;
        }
        int slot = (int) (h >>> 58);
        while (NUMBER_WORDS[slot] != 0) {
            if (NUMBER_WORDS[slot] == h) {
                add(NUMBER_FIGURES[slot], NUMBER);
                return i;
            }
            slot = (slot + 1) & 63;
        }
        add(h, capital && !sentenceStart ? NAME : PLAIN);
        return i;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(long hash, byte kind) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        hashes[size] = hash;
        kinds[size] = kind;
        size++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The hash a lower-case word gets when scanned. */
    static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
