package io.newsflow.enrich.nlp.crf;

import java.util.Locale;
import java.util.Set;

/**
 * The word shape the 4-class model was trained with (CoreNLP's {@code dan2useLC}): "WT-" then one symbol per run
 * of characters of one class (d digit, x lower case or '_', X upper case, anything else itself), the length
 * when it is at most 3 (":2"), and "k" when the word is all letters and its lower-case form is a known
 * lower-case word of the training data: "Putin" is {@code WT-Xx}, "US" {@code WT-X:2}, "May" {@code WT-Xx:3k}.
 *
 * <p>Like CoreNLP it works on UTF-16 chars, not code points: a letter outside the Basic Multilingual Plane is
 * two surrogate chars that are neither digit nor letter, so they stand for themselves; a title-case letter
 * (Dž) is neither upper nor lower case and does too. The lower-casing uses the default locale, as CoreNLP's
 * {@code String.toLowerCase()} does, so both agree in any locale.
 */
final class WordShape {
    private WordShape() {
    }

    static String of(String word, Set<String> knownLowerCaseWords) {
        StringBuilder shape = new StringBuilder(word.length() + 6).append("WT-");
        char last = '~';
        boolean nonLetters = false;
        int length = word.length();
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            char symbol = c;
            if (Character.isDigit(c)) {
                symbol = 'd';
            } else if (Character.isLowerCase(c) || c == '_') {
                symbol = 'x';
            } else if (Character.isUpperCase(c)) {
                symbol = 'X';
            }
            if (symbol != 'x' && symbol != 'X') {
                nonLetters = true;
            }
            if (symbol != last) {
                shape.append(symbol);
            }
            last = symbol;
        }
        if (length <= 3) {
            shape.append(':').append(length);
        }
        if (!nonLetters && knownLowerCaseWords.contains(word.toLowerCase(Locale.getDefault()))) {
            shape.append('k');
        }
        return shape.toString();
    }
}
