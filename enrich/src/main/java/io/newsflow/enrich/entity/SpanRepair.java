package io.newsflow.enrich.entity;

import io.newsflow.enrich.nlp.Token;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts the CRF's spans where one name ends and another begins. The 4-class model labels each
 * token, and a run of tokens with one label becomes one span, so two names that touch become one:
 * a photo credit ("NASA/Bill Ingalls"), a possessive ("DAB's Starry Lee"), a person and the group
 * she belongs to ("Nathan Law of Demosisto"), or the end of a title and the name it introduces
 * ("Ambassador to the United States Hamdullah Mohib").
 *
 * <p>A part becomes a person only on evidence: it starts with a given name (CoreNLP's name list, and
 * not a word the article also writes in lower case) or the article names that person elsewhere.
 */
final class SpanRepair {
    private static final Set<String> TITLE_LINKS = Set.of("to", "of", "for", "at", "from", "the");
    private static final int MAX_PERSON_TOKENS = 4;

    private final Gazetteer gazetteer;
    private final Set<String> titleWords;

    SpanRepair(Gazetteer gazetteer, Set<String> titleWords) {
        this.gazetteer = gazetteer;
        this.titleWords = titleWords;
    }

    /** What the article says about people, for deciding whether a part of a span is one. */
    record ArticleNames(Set<String> lowerCaseWords, Set<String> persons, Set<String> surnames) {}

    List<TokenSpan> repair(List<TokenSpan> spans, List<Token> tokens, ArticleNames names) {
        List<TokenSpan> result = new ArrayList<>(spans.size());
        for (TokenSpan span : spans) {
            for (TokenSpan part : splitAtSlash(span, tokens, names)) {
                result.addAll(splitNamed(part, tokens, names));
            }
        }
        return result;
    }

    /** "NASA/Bill Ingalls": a credit names an agency and a photographer, two names. */
    private List<TokenSpan> splitAtSlash(TokenSpan span, List<Token> tokens, ArticleNames names) {
        List<TokenSpan> parts = new ArrayList<>(1);
        int from = span.from();
        for (int k = span.from(); k < span.to(); k++) {
            if (tokens.get(k).text().equals("/")) {
                if (k > from) {
                    parts.add(new TokenSpan(from, k, span.type()));
                }
                from = k + 1;
            }
        }
        if (from < span.to()) {
            parts.add(new TokenSpan(from, span.to(), span.type()));
        }
        if (parts.size() > 1) {
            parts.replaceAll(part -> isPerson(tokens, part.from(), part.to(), names)
                    ? new TokenSpan(part.from(), part.to(), EntityType.PERSON) : part);
        }
        return parts;
    }

    private List<TokenSpan> splitNamed(TokenSpan span, List<Token> tokens, ArticleNames names) {
        if (span.size() < 3) {
            return List.of(span);
        }
        for (int k = span.from() + 1; k < span.to() - 1; k++) {
            String word = tokens.get(k).text();
            // "DAB's Starry Lee": an organisation's person.
            if (isPossessive(word) && span.type() != EntityType.PERSON && isPerson(tokens, k + 1, span.to(), names)) {
                return List.of(new TokenSpan(span.from(), k, span.type()), new TokenSpan(k + 1, span.to(), EntityType.PERSON));
            }
            // "Nathan Law of Demosisto": a person of a group or a place.
            if (word.equals("of") && span.type() != EntityType.PERSON && isPerson(tokens, span.from(), k, names)) {
                EntityType rest = span.type() == EntityType.LOCATION ? EntityType.LOCATION : EntityType.ORGANIZATION;
                return List.of(new TokenSpan(span.from(), k, EntityType.PERSON), new TokenSpan(k + 1, span.to(), rest));
            }
        }
        if (span.type() != EntityType.PERSON && followsTitle(tokens, span.from())) {
            return splitAfterTitle(span, tokens, names);
        }
        return List.of(span);
    }

    /**
     * "Ambassador to the United States Hamdullah Mohib": after a title the span is the rest of the
     * title (a place, kept, or an office such as "State", dropped) and then the person.
     */
    private List<TokenSpan> splitAfterTitle(TokenSpan span, List<Token> tokens, ArticleNames names) {
        int cut = -1;
        for (int k = span.to() - 2; k > span.from(); k--) {
            if (isPlace(tokens, span.from(), k) && isCapitalisedRun(tokens, k, span.to())) {
                cut = k;
                break;
            }
        }
        if (cut < 0) {
            for (int k = span.from() + 1; k < span.to() - 1; k++) {
                if (isPerson(tokens, k, span.to(), names)) {
                    cut = k;
                    break;
                }
            }
        }
        if (cut < 0 || !isPerson(tokens, cut, span.to(), names) && !isPlace(tokens, span.from(), cut)) {
            return List.of(span);
        }
        List<TokenSpan> parts = new ArrayList<>(2);
        if (isPlace(tokens, span.from(), cut)) {
            parts.add(new TokenSpan(span.from(), cut, EntityType.LOCATION));
        }
        parts.add(new TokenSpan(cut, span.to(), EntityType.PERSON));
        return parts;
    }

    /** True after "Ambassador to the", "Minister for", "Secretary of": the span continues a title. */
    private boolean followsTitle(List<Token> tokens, int from) {
        int k = from - 1;
        boolean linked = false;
        while (k >= 0 && TITLE_LINKS.contains(lower(tokens.get(k).text()))) {
            k--;
            linked = true;
        }
        return linked && k >= 0 && isTitleWord(lower(tokens.get(k).text()));
    }

    private boolean isTitleWord(String lower) {
        return titleWords.contains(lower) || gazetteer.isTitle(lower);
    }

    private boolean isPlace(List<Token> tokens, int from, int to) {
        String name = text(tokens, from, to);
        return gazetteer.country(name).isPresent() || gazetteer.isStateOrProvince(name)
                || !gazetteer.cities(name).isEmpty() && to - from > 1;
    }

    /** Tokens [from, to) look like a person's name and the article gives a reason to think so. */
    private boolean isPerson(List<Token> tokens, int from, int to, ArticleNames names) {
        int size = to - from;
        if (size < 1 || size > MAX_PERSON_TOKENS || !isCapitalisedRun(tokens, from, to)) {
            return false;
        }
        String name = text(tokens, from, to);
        if (names.persons().contains(name)) {
            return true;
        }
        if (size < 2) {
            return false;
        }
        String first = lower(tokens.get(from).text());
        return gazetteer.isGivenName(first) && !names.lowerCaseWords().contains(first)
                || names.surnames().contains(tokens.get(to - 1).text()) && size <= 3;
    }

    private static boolean isCapitalisedRun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).text();
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s");
    }

    private static String text(List<Token> tokens, int from, int to) {
        return MentionExtractor.joined(tokens, from, to);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
