package io.newsflow.enrich.alert;

import java.util.List;

/**
 * The names a rule's query may use, one per facet of an enriched article. They are the contract between
 * the people writing rules and {@link ArticleDocument}; keeping them in one place lets the parser refuse
 * an unknown field instead of silently matching nothing.
 */
public final class ArticleFields {
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** Canonical names of every entity. */
    public static final String ENTITY = "entity";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String LOCATION = "location";
    public static final String SOURCE = "source";
    public static final String KEYWORD = "keyword";

    /** Searched when a query term names no field. */
    public static final List<String> DEFAULT = List.of(TITLE, BODY);
    public static final List<String> ALL = List.of(TITLE, BODY, ENTITY, PERSON, ORGANIZATION, LOCATION, SOURCE, KEYWORD);
    /** Fields holding prose, analysed as English; the others hold names. */
    public static final List<String> PROSE = List.of(TITLE, BODY, KEYWORD);
    /**
     * The unstemmed twins of the prose fields (case and accents folded, nothing else), which rules never
     * name: the parser sends prefix, wildcard, fuzzy and regexp terms on a prose field there, because
     * {@code negotiat*} must match "negotiations" although Porter stems it to "negoti".
     */
    public static final List<String> UNSTEMMED = PROSE.stream().map(ArticleFields::unstemmed).toList();

    private static final String UNSTEMMED_SUFFIX = ".unstemmed";

    private ArticleFields() {
    }

    /** The unstemmed twin of a prose field; any other field (or null, the default fields) unchanged. */
    public static String unstemmed(String field) {
        return field != null && PROSE.contains(field) ? field + UNSTEMMED_SUFFIX : field;
    }
}
