package io.newsflow.enrich.nlp;

import java.util.List;

/**
 * One sentence of the analysed text: its span and tokens. Offsets refer to title + "\n\n" + body.
 *
 * @param index position of the sentence in the text, from 0
 * @param start offset of the first character
 * @param end offset after the last character
 * @param tokens its tokens with their NER labels
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
