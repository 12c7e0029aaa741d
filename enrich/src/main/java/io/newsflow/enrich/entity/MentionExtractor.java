package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.StopWords;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.enrich.sentiment.SentimentLexicon;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            "rev.", "st.", "chair", "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess",
            "pope", "senator", "governor", "mayor", "judge", "justice", "general", "admiral", "secretary", "envoy",
            "coach", "manager", "captain", "ceo", "chairman", "chairwoman", "chief", "officer", "spokesman",
            "spokeswoman", "spokesperson", "leader", "former", "late", "foreign", "defence", "defense",
            "interior", "finance", "special", "deputy", "vice", "acting", "top");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "do",
            "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "y", "zu");
    private static final Set<String> EVENT_PREFIXES = Set.of("Typhoon", "Hurricane", "Cyclone", "Storm");
    private static final Set<String> EVENT_SUFFIXES = Set.of("marathon", "open", "cup", "games", "olympics",
            "championship", "championships", "prix", "trophy", "festival");
    private static final Set<String> FEATURE_SUFFIXES = Set.of("stadium", "arena", "ground", "forest", "river",
            "mountains", "sea", "ocean", "bay", "gulf", "valley", "peninsula", "island", "islands", "airport",
            "desert", "canal", "strait", "lake", "glacier", "volcano", "coast");
    private static final Set<String> FEATURE_PREFIXES = Set.of("Lake", "Mount", "Gulf", "Cape", "Port");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "around", "outside", "across",
            "toward", "towards");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "port", "capital", "suburb",
            "outskirts", "region", "province", "district", "county", "state");
    private static final Set<String> REGION_NOUNS = Set.of("province", "provinces", "state", "county", "region",
            "district", "governorate", "oblast", "prefecture");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019]s|['\u2019])$");

    private final StopWords stopWords;
    private final SentimentLexicon lexicon;
    private final Gazetteer gazetteer;
    private final AliasTable aliases;
    private final Map<AliasTable.Alias, Pattern> scanPatterns = new LinkedHashMap<>();

    public MentionExtractor(StopWords stopWords, SentimentLexicon lexicon, Gazetteer gazetteer, AliasTable aliases) {
        this.stopWords = stopWords;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.aliases = aliases;
        for (AliasTable.Alias alias : aliases.scanned()) {
            // Whole tokens only ("US", not the start of "USB"); a form ending in a dot may end a sentence.
            scanPatterns.put(alias, Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(alias.surface())
                    + (alias.surface().endsWith(".") ? "" : "(?![\\p{L}\\p{N}]|\\.[\\p{L}])")));
        }
    }

    /**
     * @param text the analysed text the sentences' offsets refer to
     * @param sentences tagged sentences
     * @param titleLength length of the headline at the start of the text (0 when none)
     * @return mentions in text order
     */
    public List<EntityMention> extract(String text, List<Sentence> sentences, int titleLength) {
        List<EntityMention> mentions = extract(text, sentences);
        if (titleLength == 0 || !isHeadlineCase(text.substring(0, titleLength))) {
            return mentions;
        }
        // In a Headline Where Every Word Is Capitalised the CRF's strongest cue is gone: keep a
        // title mention only when the body names it too or the alias table or gazetteer knows it.
        Set<String> bodyNames = new HashSet<>();
        for (EntityMention mention : mentions) {
            if (mention.start() >= titleLength) {
                bodyNames.add(mention.text());
                bodyNames.add(mention.lastWord());
            }
        }
        List<EntityMention> kept = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            if (mention.start() >= titleLength || bodyNames.contains(mention.text())
                    || aliases.lookup(mention.text()).isPresent() || gazetteer.country(mention.text()).isPresent()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** True for "Storm Hits Coast As Thousands Flee", false for "Storm hits coast as thousands flee". */
    static boolean isHeadlineCase(String title) {
        int content = 0;
        int capitalised = 0;
        for (String word : title.split("\\s+")) {
            if (word.length() <= 3 || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return content >= 3 && capitalised >= 0.85 * content;
    }

    /** Mentions of a text without a headline. */
    public List<EntityMention> extract(String text, List<Sentence> sentences) {
        Set<String> lowerCaseWords = lowerCaseWords(sentences);
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (Span span : merge(splitAtAnd(spans(tokens), tokens), tokens)) {
                EntityMention mention = clean(text, tokens, span, sentence.index(), lowerCaseWords);
                if (mention != null) {
                    mentions.add(mention);
                }
            }
        }
        mentions.addAll(scan(text, sentences, mentions));
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }

    /** Tokens [from, to) labelled with one class. */
    private record Span(int from, int to, EntityType type) {}

    private static List<Span> spans(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
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
            spans.add(new Span(i, j, typeOf(token.label())));
            i = j;
        }
        return spans;
    }

    /** "Samsung Electronics and Xiaomi" are two companies, not one. */
    private static List<Span> splitAtAnd(List<Span> spans, List<Token> tokens) {
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            int from = span.from();
            for (int k = span.from() + 1; k < span.to() - 1; k++) {
                if (tokens.get(k).text().equals("of")) {
                    break; // "Department of Forestry and Fire Protection" is one name
                }
                if (tokens.get(k).text().equals("and")) {
                    result.add(new Span(from, k, span.type()));
                    from = k + 1;
                }
            }
            result.add(new Span(from, span.to(), span.type()));
        }
        return result;
    }

    /**
     * Joins what the CRF cuts apart: "Mohammed" + "bin" + "Abdulrahman Al Thani", "Bank" + "of" +
     * "England", "Turkish" + "Red Crescent".
     */
    private static List<Span> merge(List<Span> spans, List<Token> tokens) {
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            if (!result.isEmpty()) {
                Span previous = result.get(result.size() - 1);
                Span merged = mergePair(previous, span, tokens);
                if (merged != null) {
                    result.set(result.size() - 1, merged);
                    continue;
                }
            }
            result.add(span);
        }
        return result;
    }

    private static Span mergePair(Span left, Span right, List<Token> tokens) {
        List<Token> between = tokens.subList(left.to(), right.from());
        if (left.type() == EntityType.PERSON && right.type() == EntityType.PERSON && !between.isEmpty()
                && between.size() <= 2 && between.stream().allMatch(t -> NAME_PARTICLES.contains(t.text()))) {
            return new Span(left.from(), right.to(), EntityType.PERSON);
        }
        if (left.type() == EntityType.ORGANIZATION && between.size() == 1 && between.get(0).text().equals("of")
                && (right.type() == EntityType.LOCATION || right.type() == EntityType.ORGANIZATION)) {
            return new Span(left.from(), right.to(), EntityType.ORGANIZATION);
        }
        if (left.type() == EntityType.MISC && right.type() == EntityType.ORGANIZATION && between.isEmpty()
                && left.to() - left.from() == 1) {
            return new Span(left.from(), right.to(), EntityType.ORGANIZATION);
        }
        return null;
    }

    private EntityMention clean(String text, List<Token> tokens, Span span, int sentence,
            Set<String> lowerCaseWords) {
        int first = span.from();
        int last = span.to() - 1;
        EntityType type = span.type();
        // Drop leading titles and honorifics ("President Trump", "Mr. Kushner", "Chair Jerome Powell").
        if (type == EntityType.PERSON) {
            while (first < last && (PERSON_PREFIXES.contains(lower(tokens.get(first).text()))
                    || (last - first >= 2 && gazetteer.isTitle(lower(tokens.get(first).text()))))) {
                first++;
            }
        }
        while (last >= first && isPunctuation(tokens.get(last).text())) {
            last--;
        }
        while (last > first && POSSESSIVE.matcher(tokens.get(last).text()).matches()) {
            last--;
        }
        while (first < last && isPunctuation(tokens.get(first).text())) {
            first++;
        }
        if (last < first) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String surface = POSSESSIVE.matcher(text.substring(start, end).replaceAll("\\s+", " ")).replaceAll("");
        end = start + Math.min(end - start, surface.length());
        if (surface.isBlank() || surface.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        boolean single = first == last;
        boolean startsSentence = isSentenceInitial(tokens, first);
        boolean placeContext = isPlaceContext(tokens, first);
        boolean regionContext = isRegionContext(tokens, first, last);
        if (aliases.lookup(surface).isPresent()) {
            return new EntityMention(surface, start, end, type, sentence, startsSentence, placeContext, regionContext);
        }
        String lower = lower(surface);
        if (NEVER_NAMES.contains(lower)) {
            return null;
        }
        // Names are capitalised; "euro" or "peace plan" tagged by the CRF are not ("eBay" is).
        if (Character.isLowerCase(surface.codePointAt(0)) && surface.chars().noneMatch(Character::isUpperCase)) {
            return null;
        }
        if (single && startsSentence && isCommonWord(lower, lowerCaseWords)) {
            return null;
        }
        if (single && stopWords.contains(lower)) {
            return null;
        }
        return new EntityMention(surface, start, end, retype(surface, type), sentence, startsSentence, placeContext,
                regionContext);
    }

    /** Storms and competitions are events (MISC); stadiums, forests and bays are places. */
    private static EntityType retype(String surface, EntityType type) {
        String[] words = surface.split(" ");
        if (words.length < 2) {
            return type;
        }
        String firstWord = words[0];
        String lastWord = lower(words[words.length - 1]);
        if (EVENT_PREFIXES.contains(firstWord) || EVENT_SUFFIXES.contains(lastWord)) {
            return EntityType.MISC;
        }
        if (FEATURE_SUFFIXES.contains(lastWord) || FEATURE_PREFIXES.contains(firstWord)) {
            return EntityType.LOCATION;
        }
        return type;
    }

    private static boolean isPlaceContext(List<Token> tokens, int first) {
        if (first >= 1 && PLACE_PREPOSITIONS.contains(tokens.get(first - 1).text())) {
            return true;
        }
        return first >= 2 && tokens.get(first - 1).text().equals("of")
                && PLACE_NOUNS.contains(lower(tokens.get(first - 2).text()));
    }

    private static boolean isRegionContext(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && REGION_NOUNS.contains(lower(tokens.get(last + 1).text()))) {
            return true;
        }
        return first >= 2 && tokens.get(first - 1).text().equals("of")
                && REGION_NOUNS.contains(lower(tokens.get(first - 2).text()));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private boolean isCommonWord(String lower, Set<String> lowerCaseWords) {
        return stopWords.contains(lower) || lexicon.contains(lower) || lowerCaseWords.contains(lower)
                || gazetteer.isTitle(lower);
    }

    /** Exact, case-sensitive, whole-token matches of scanned alias forms outside found mentions. */
    private List<EntityMention> scan(String text, List<Sentence> sentences, List<EntityMention> found) {
        List<EntityMention> added = new ArrayList<>();
        for (Map.Entry<AliasTable.Alias, Pattern> scanned : scanPatterns.entrySet()) {
            AliasTable.Alias alias = scanned.getKey();
            Matcher matcher = scanned.getValue().matcher(text);
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
                        sentence == null ? 0 : sentence.index(), sentence != null && sentence.start() == start,
                        false, false));
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
