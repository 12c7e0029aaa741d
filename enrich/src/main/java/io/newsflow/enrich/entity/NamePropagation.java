package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.StopWords;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A name the article uses once is a name wherever it writes it again. The CRF labels each sentence
 * on its own and misses a name in a weaker context ("Lukaku scored twice" after "Romelu Lukaku"
 * was found); every other occurrence of a found name, as a whole run of capitalised words (not part
 * of a longer one), becomes a mention of the same type. A one-word name is not carried to the start
 * of a sentence, where any word is capitalised.
 */
final class NamePropagation {
    private final StopWords stopWords;

    NamePropagation(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    List<EntityMention> propagate(String text, List<Sentence> sentences, List<EntityMention> mentions) {
        Map<String, Map<EntityType, Integer>> names = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            names.computeIfAbsent(mention.text(), k -> new EnumMap<>(EntityType.class)).merge(mention.type(), 1,
                    Integer::sum);
        }
        List<EntityMention> added = new ArrayList<>();
        for (Map.Entry<String, Map<EntityType, Integer>> entry : names.entrySet()) {
            String name = entry.getKey();
            boolean single = name.indexOf(' ') < 0;
            if (name.length() < 2 || single && stopWords.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            EntityType type = majority(entry.getValue());
            int from = 0;
            int at;
            while ((at = text.indexOf(name, from)) >= 0) {
                from = at + name.length();
                int end = at + name.length();
                if (MentionExtractor.overlaps(at, end, mentions) || MentionExtractor.overlaps(at, end, added)) {
                    continue;
                }
                Sentence sentence = MentionExtractor.sentenceAt(sentences, at);
                if (sentence == null) {
                    continue;
                }
                List<Token> tokens = sentence.tokens();
                int first = tokenStarting(tokens, at);
                int last = tokenEnding(tokens, end);
                if (first < 0 || last < first || continuesName(tokens, first - 1) || continuesName(tokens, last + 1)
                        || single && MentionExtractor.isSentenceInitial(tokens, first)) {
                    continue;
                }
                added.add(new EntityMention(name, at, end, type, sentence.index(),
                        MentionExtractor.isSentenceInitial(tokens, first), false, false));
            }
        }
        return added;
    }

    private static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = null;
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (best == null || vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /** A capitalised word right before or after: the occurrence is part of a longer name. */
    private static boolean continuesName(List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size()) {
            return false;
        }
        String word = tokens.get(index).text();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static int tokenStarting(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }

    private static int tokenEnding(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() == offset) {
                return k;
            }
        }
        return -1;
    }
}
