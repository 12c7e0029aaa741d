package io.newsflow.enrich.alert;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns a rule's query text into a Lucene query, or refuses it with the parser's own message and the
 * column where it stopped. Lucene's classic syntax is what analysts already know from search boxes:
 * {@code "peace plan"~3 AND location:Pokrovsk -sport}.
 *
 * <p>Beyond syntax it refuses what would silently never match: a field that articles do not have (a
 * typo such as {@code titel:x}) and a query that analyses to nothing (only stop words). Lucene's parser
 * is not thread-safe, so each call builds its own.
 *
 * <p>Prefix, wildcard, fuzzy and regexp terms on a prose field go to its unstemmed twin
 * ({@link ArticleFields#unstemmed}): they are written against whole words, and the stemmed index holds
 * stems ("negoti" for "negotiations"), which {@code negotiat*} would never reach.
 */
public final class RuleQueryParser {
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Set<String> FIELDS = Set.copyOf(ArticleFields.ALL);
    /** What a parsed query may reference: the rule fields and the unstemmed twins the parser itself chose. */
    private static final Set<String> QUERY_FIELDS =
            java.util.stream.Stream.concat(ArticleFields.ALL.stream(), ArticleFields.UNSTEMMED.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Analyzer analyzer;

    public RuleQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new InvalidRuleException("The query is empty.");
        }
        MultiFieldQueryParser parser = new UnstemmedPatternsParser(ArticleFields.DEFAULT.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        Query query;
        try {
            query = parser.parse(queryText);
        } catch (ParseException e) {
            throw refused(queryText, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRuleException("Query '" + queryText + "' expands to too many terms: " + e.getMessage());
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidRuleException("Query '" + queryText + "' has a regular expression too complex to run: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // Lucene checks /regular expressions/ only after parsing, with an unchecked exception (found by fuzzing: "/ ( /").
            throw new InvalidRuleException("Query '" + queryText + "' has an invalid regular expression: " + e.getMessage());
        }
        int leaves = checkFields(queryText, query);
        if (leaves == 0 || query instanceof MatchNoDocsQuery) {
            throw new InvalidRuleException("Query '" + queryText
                    + "' has no searchable term (only stop words or punctuation), so it could never match.");
        }
        return query;
    }

    /** Sends pattern terms on prose fields to the unstemmed twins; the multi-field expansion calls these per field. */
    private static final class UnstemmedPatternsParser extends MultiFieldQueryParser {
        UnstemmedPatternsParser(String[] fields, Analyzer analyzer) {
            super(fields, analyzer);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return field == null ? super.getWildcardQuery(null, termStr) : super.getWildcardQuery(ArticleFields.unstemmed(field), termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return field == null ? super.getPrefixQuery(null, termStr) : super.getPrefixQuery(ArticleFields.unstemmed(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return field == null ? super.getFuzzyQuery(null, termStr, minSimilarity)
                    : super.getFuzzyQuery(ArticleFields.unstemmed(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return field == null ? super.getRegexpQuery(null, termStr) : super.getRegexpQuery(ArticleFields.unstemmed(field), termStr);
        }
    }

    private static InvalidRuleException refused(String queryText, ParseException e) {
        // The message already reads "Cannot parse '<query>': Encountered ... at line 1, column 7."
        String message = e.getMessage().strip();
        int column = -1;
        if (e.currentToken != null && e.currentToken.next != null) {
            column = e.currentToken.next.beginColumn;
        } else {
            Matcher matcher = POSITION.matcher(message);
            if (matcher.find()) {
                column = Integer.parseInt(matcher.group(2));
            }
        }
        if (column > 0 && !message.contains("column")) {
            message = message + " (at column " + column + ")";
        }
        return new InvalidRuleException("Invalid query: " + message, column, e);
    }

    /** Refuses unknown fields; returns how many term-level leaves the query has. */
    private static int checkFields(String queryText, Query query) {
        int[] leaves = {0};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!QUERY_FIELDS.contains(field) || (!FIELDS.contains(field) && queryText.contains(field + ":"))) {
                    throw new InvalidRuleException("Query '" + queryText + "' uses the unknown field '" + field
                            + "'; fields are " + String.join(", ", ArticleFields.ALL) + ".");
                }
                return true;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    acceptField(term.field());
                }
                leaves[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return leaves[0];
    }
}
