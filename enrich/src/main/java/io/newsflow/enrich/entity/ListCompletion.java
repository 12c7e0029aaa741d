package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in a list are names of one kind: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens" are
 * three people even when the CRF found two. In a run of capitalised names joined by commas, "and"
 * or "or", an item the CRF left unlabelled takes the type of the others when at least two of them
 * share it and none disagrees. Two names joined by "and" count when the missed one has two words or
 * more ("Lukaku and Dries Mertens").
 */
final class ListCompletion {
    private record Item(int from, int to) {}

    List<EntityMention> complete(List<Sentence> sentences, List<EntityMention> mentions) {
        List<EntityMention> added = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            List<Item> chain = new ArrayList<>();
            int k = 0;
            while (k < tokens.size()) {
                if (!isName(tokens, k)) {
                    k++;
                    continue;
                }
                int to = k;
                while (to < tokens.size() && isName(tokens, to)) {
                    to++;
                }
                Item item = new Item(k, to);
                if (!chain.isEmpty() && !joins(tokens, chain.get(chain.size() - 1).to(), k)) {
                    fill(sentence, tokens, chain, mentions, added);
                    chain.clear();
                }
                chain.add(item);
                k = to;
            }
            fill(sentence, tokens, chain, mentions, added);
        }
        return added;
    }

    private static void fill(Sentence sentence, List<Token> tokens, List<Item> chain, List<EntityMention> mentions,
            List<EntityMention> added) {
        if (chain.size() < 2) {
            return;
        }
        EntityType type = null;
        int typed = 0;
        List<Item> missing = new ArrayList<>();
        for (Item item : chain) {
            int start = tokens.get(item.from()).start();
            int end = tokens.get(item.to() - 1).end();
            EntityMention exact = null;
            boolean partly = false;
            for (EntityMention mention : mentions) {
                if (mention.start() < end && start < mention.end()) {
                    if (mention.start() == start && mention.end() == end) {
                        exact = mention;
                    } else {
                        partly = true;
                    }
                }
            }
            if (partly) {
                return; // an item the CRF read differently: the list is not simple
            }
            if (exact == null) {
                missing.add(item);
            } else if (type == null || type == exact.type()) {
                type = exact.type();
                typed++;
            } else {
                return; // names of two kinds: no rule here
            }
        }
        if (type == null || missing.isEmpty() || typed < 2 && chain.size() > 2) {
            return;
        }
        for (Item item : missing) {
            if (chain.size() == 2 && item.to() - item.from() < 2 || item.to() - item.from() > 4
                    || MentionExtractor.isSentenceInitial(tokens, item.from())) {
                continue;
            }
            int start = tokens.get(item.from()).start();
            int end = tokens.get(item.to() - 1).end();
            added.add(new EntityMention(MentionExtractor.joined(tokens, item.from(), item.to()), start, end, type,
                    sentence.index(), false, false, false));
        }
    }

    /** Tokens between two items are ",", "and", "or", ", and" or ", or". */
    private static boolean joins(List<Token> tokens, int from, int to) {
        int size = to - from;
        if (size == 1) {
            String word = tokens.get(from).text();
            return word.equals(",") || word.equals("and") || word.equals("or");
        }
        return size == 2 && tokens.get(from).text().equals(",")
                && (tokens.get(from + 1).text().equals("and") || tokens.get(from + 1).text().equals("or"));
    }

    private static boolean isName(List<Token> tokens, int index) {
        String word = tokens.get(index).text();
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && !word.equals("The")
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'');
    }
}
