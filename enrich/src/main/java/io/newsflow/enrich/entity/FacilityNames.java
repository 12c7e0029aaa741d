package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.StopWords;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.enrich.sentiment.SentimentLexicon;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of facilities and institutions by their last word: "Kennedy Space Center", "Metro Toronto
 * Convention Centre", "Wright-Patterson Air Force Base", "University of Iceland", "Canadian Press".
 * The 4-class CRF knows people, places and companies best; a run of capitalised words ending in
 * such a word is one name even where the CRF labelled none of it or only its first words ("Metro
 * Toronto"). A run whose other words are all common words ("Community Health Center") is not.
 */
final class FacilityNames {
    private static final Set<String> ORGANIZATION_WORDS = Set.of("center", "centre", "university", "college",
            "institute", "hospital", "school", "academy", "museum", "library", "laboratory", "laboratories",
            "observatory", "agency", "press", "council", "commission", "committee", "ministry", "department",
            "foundation", "association", "institution", "base", "federation", "authority", "seminary", "clinic");
    private static final Set<String> LOCATION_WORDS = Set.of("stadium", "airport", "arena", "ground", "racecourse",
            "speedway", "velodrome");
    private static final Set<String> NOT_IN_RUN = Set.of("the", "a", "an", "The", "A", "An");

    private final StopWords stopWords;
    private final SentimentLexicon lexicon;

    FacilityNames(StopWords stopWords, SentimentLexicon lexicon) {
        this.stopWords = stopWords;
        this.lexicon = lexicon;
    }

    /** The mentions with facility names added, or widened where the CRF found only a part. */
    List<EntityMention> apply(String text, List<Sentence> sentences, List<EntityMention> mentions,
            Set<String> lowerCaseWords) {
        List<EntityMention> result = new ArrayList<>(mentions);
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int k = 1; k < tokens.size(); k++) {
                EntityType type = suffixType(tokens.get(k).text());
                if (type == null) {
                    continue;
                }
                int from = k;
                while (from > 0 && isNameWord(tokens.get(from - 1).text())) {
                    from--;
                }
                int to = k + 1;
                // "University of Iceland", "Museum of Modern Art".
                if (to + 1 < tokens.size() && tokens.get(to).text().equals("of") && isNameWord(tokens.get(to + 1).text())) {
                    to += 1;
                    while (to < tokens.size() && isNameWord(tokens.get(to).text())) {
                        to++;
                    }
                }
                if (to - from < 2 || !hasProperWord(tokens, from, to, lowerCaseWords)) {
                    continue;
                }
                widen(text, sentence, tokens, from, to, type, result);
                k = to - 1;
            }
        }
        return result;
    }

    private static void widen(String text, Sentence sentence, List<Token> tokens, int from, int to, EntityType type,
            List<EntityMention> mentions) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        List<EntityMention> inside = new ArrayList<>();
        for (EntityMention mention : mentions) {
            if (mention.start() < end && start < mention.end()) {
                if (mention.start() == start && mention.end() == end) {
                    return; // the CRF found exactly this name: its type stands
                }
                if (mention.start() < start || mention.end() > end) {
                    return; // a longer name the run is part of
                }
                inside.add(mention);
            }
        }
        mentions.removeAll(inside);
        mentions.add(new EntityMention(text.substring(start, end), start, end, type, sentence.index(),
                MentionExtractor.isSentenceInitial(tokens, from), false, false));
    }

    /** True for a lower-case word that ends an institution's name ("university", "hospital"). */
    static boolean isOrganizationWord(String lower) {
        return ORGANIZATION_WORDS.contains(lower);
    }

    private static EntityType suffixType(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ORGANIZATION_WORDS.contains(lower)) {
            return EntityType.ORGANIZATION;
        }
        return LOCATION_WORDS.contains(lower) ? EntityType.LOCATION : null;
    }

    private static boolean isNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !NOT_IN_RUN.contains(word)
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '&');
    }

    /** At least one word of the run that is no common word and no suffix: a proper name. */
    private boolean hasProperWord(List<Token> tokens, int from, int to, Set<String> lowerCaseWords) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (suffixType(word) == null && !word.equals("of") && !stopWords.contains(lower)
                    && !lexicon.contains(lower) && !lowerCaseWords.contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
