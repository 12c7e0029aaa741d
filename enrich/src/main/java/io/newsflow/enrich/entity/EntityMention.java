package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;

/**
 * One place in the analysed text where a name occurs, as found by the CRF or the alias scan.
 *
 * @param text the surface text (possessive and leading titles removed)
 * @param start offset in title + "\n\n" + body
 * @param end offset after the last character
 * @param type the class the tagger gave it
 * @param sentence index of its sentence
 * @param sentenceInitial true when it starts its sentence
 * @param placeContext true when the words before it announce a place ("in", "near", "town of")
 * @param regionContext true when the words around it make it a region ("Aurora province")
 */
public record EntityMention(String text, int start, int end, EntityType type, int sentence, boolean sentenceInitial,
        boolean placeContext, boolean regionContext) {
    /** Words of the mention, as {@code text.split("\\s+").length} counts them, without building them (a hot path). */
    public int tokenCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        if (words == 0) {
            return text.isEmpty() ? 1 : 0;
        }
        return isRegexSpace(text.charAt(0)) ? words + 1 : words; // split keeps a leading empty string
    }

    public String lastWord() {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

    /** The characters of the regex class {@code \\s}, which differ from {@link Character#isWhitespace}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
