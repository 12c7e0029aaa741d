package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.StopWords;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.enrich.sentiment.SentimentLexicon;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CRF token labels into name mentions and cleans them: no pronouns, weekdays or months, no
 * capitalised common word that merely starts a sentence ("Top US negotiators"), no leading titles
 * inside a person's span ("President"), no possessive. Then adds what the CRF is known to miss
 * (a bare "US") from an exact scan for the alias table's scanned forms.
 */
public final class MentionExtractor {
    private static final Set<String> NEVER_NAMES = Set.of("i", "me", "he", "him", "his", "she", "her", "hers", "it",
            "its", "we", "us", "our", "they", "them", "their", "you", "your", "who", "whom", "this", "that",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "today", "yesterday", "tomorrow", "chapter", "section", "article", "breaking", "update", "updated",
            "exclusive", "analysis", "opinion", "live", "watch", "video", "photos", "reuters", "ap", "afp");
    private static final Set<String> PERSON_PREFIXES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "lord", "lady", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "prof.",
            "rev.", "st.", "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess",
            "pope", "senator", "governor", "mayor", "judge", "justice", "general", "admiral", "secretary", "envoy",
            "coach", "manager", "captain", "ceo", "chairman", "chairwoman", "chief", "officer", "spokesman",
            "spokeswoman", "spokesperson", "leader", "former", "late", "foreign", "defence", "defense",
            "interior", "finance", "special", "deputy", "vice", "acting", "top");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019]s|['\u2019])$");

    private final StopWords stopWords;
    private final SentimentLexicon lexicon;
    private final Gazetteer gazetteer;
    private final AliasTable aliases;

    public MentionExtractor(StopWords stopWords, SentimentLexicon lexicon, Gazetteer gazetteer, AliasTable aliases) {
        this.stopWords = stopWords;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.aliases = aliases;
    }

    /**
     * @param text the analysed text the sentences' offsets refer to
     * @param sentences tagged sentences
     * @return mentions in text order
     */
    public List<EntityMention> extract(String text, List<Sentence> sentences) {
        Set<String> lowerCaseWords = lowerCaseWords(sentences);
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                if (!token.isEntity()) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).label().equals(token.label())) {
                    j++;
                }
                boolean initial = isSentenceInitial(tokens, i);
                EntityMention mention = clean(text, tokens.subList(i, j), typeOf(token.label()), sentence.index(),
                        initial, lowerCaseWords);
                if (mention != null) {
                    mentions.add(mention);
                }
                i = j;
            }
        }
        mentions.addAll(scan(text, sentences, mentions));
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }

    private EntityMention clean(String text, List<Token> span, EntityType type, int sentence, boolean initial,
            Set<String> lowerCaseWords) {
        int first = 0;
        int last = span.size() - 1;
        // Drop leading titles and honorifics ("President Trump", "Mr. Kushner").
        if (type == EntityType.PERSON) {
            while (first < last && isTitleWord(span.get(first).text())) {
                first++;
            }
        }
        while (last >= first && isPunctuation(span.get(last).text())) {
            last--;
        }
        while (last > first && POSSESSIVE.matcher(span.get(last).text()).matches()) {
            last--;
        }
        if (last < first) {
            return null;
        }
        int start = span.get(first).start();
        int end = span.get(last).end();
        String surface = POSSESSIVE.matcher(text.substring(start, end).replaceAll("\\s+", " ")).replaceAll("");
        end = start + Math.min(end - start, surface.length());
        if (surface.isBlank() || surface.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        boolean single = first == last;
        boolean startsSentence = initial && first == 0;
        if (aliases.lookup(surface).isPresent()) {
            return new EntityMention(surface, start, end, type, sentence, startsSentence);
        }
        String lower = surface.toLowerCase(Locale.ROOT);
        if (NEVER_NAMES.contains(lower)) {
            return null;
        }
        if (single && startsSentence && isCommonWord(lower, lowerCaseWords)) {
            return null;
        }
        if (single && stopWords.contains(lower)) {
            return null;
        }
        return new EntityMention(surface, start, end, type, sentence, startsSentence);
    }

    private boolean isCommonWord(String lower, Set<String> lowerCaseWords) {
        return stopWords.contains(lower) || lexicon.contains(lower) || lowerCaseWords.contains(lower)
                || gazetteer.isTitle(lower);
    }

    private boolean isTitleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PERSON_PREFIXES.contains(lower);
    }

    /** Exact, case-sensitive, whole-token matches of scanned alias forms outside found mentions. */
    private List<EntityMention> scan(String text, List<Sentence> sentences, List<EntityMention> found) {
        List<EntityMention> added = new ArrayList<>();
        for (AliasTable.Alias alias : aliases.scanned()) {
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(alias.surface())
                    + (alias.surface().endsWith(".") ? "" : "(?![\\p{L}\\p{N}]|\\.[\\p{L}])")).matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (overlaps(start, end, found) || overlaps(start, end, added)) {
                    continue;
                }
                if (isShoutedContext(text, start, end)) {
                    continue;
                }
                Sentence sentence = sentenceAt(sentences, start);
                EntityType type = alias.type() == null ? EntityType.MISC : alias.type();
                added.add(new EntityMention(alias.surface(), start, end, type,
                        sentence == null ? 0 : sentence.index(), sentence != null && sentence.start() == start));
            }
        }
        return added;
    }

    /** "US" inside an all-capitals line ("WE TOLD US") is the pronoun. */
    private static boolean isShoutedContext(String text, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(text.length(), end + 12);
        String around = text.substring(from, start) + text.substring(end, to);
        long lower = around.chars().filter(Character::isLowerCase).count();
        long upper = around.chars().filter(Character::isUpperCase).count();
        return upper > 3 && lower == 0;
    }

    private static boolean overlaps(int start, int end, List<EntityMention> mentions) {
        for (EntityMention mention : mentions) {
            if (start < mention.end() && mention.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    private static boolean isSentenceInitial(List<Token> tokens, int index) {
        for (int k = 0; k < index; k++) {
            if (!isPunctuation(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(String word) {
        return word.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static Set<String> lowerCaseWords(List<Sentence> sentences) {
        Set<String> words = new HashSet<>();
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                String word = token.text();
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static EntityType typeOf(String label) {
        switch (label) {
            case "PERSON":
            case "PER":
                return EntityType.PERSON;
            case "ORGANIZATION":
            case "ORG":
                return EntityType.ORGANIZATION;
            case "LOCATION":
            case "LOC":
                return EntityType.LOCATION;
            default:
                return EntityType.MISC;
        }
    }
}
