package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences written as the CRF would have labelled them, for testing the steps after it without
 * the model: words separated by spaces, a label after a slash ("Romelu/PERSON Lukaku/PERSON ,
 * and Dries Mertens ."), unlabelled words O. One sentence a line.
 */
final class TaggedSentences {
    final String text;
    final List<Sentence> sentences;

    private TaggedSentences(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    static TaggedSentences of(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String item : line.split(" ")) {
                int slash = item.lastIndexOf('/');
                boolean labelled = slash > 0 && slash < item.length() - 1;
                String word = labelled ? item.substring(0, slash) : item;
                String label = labelled ? item.substring(slash + 1) : "O";
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(word, word, start, text.length(), label));
            }
            sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), tokens));
            text.append('\n');
        }
        return new TaggedSentences(text.toString(), sentences);
    }
}
