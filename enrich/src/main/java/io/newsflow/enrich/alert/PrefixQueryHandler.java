package io.newsflow.enrich.alert;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Lets the Monitor's presearcher index prefix rules ({@code negotiat*}). Left alone, it cannot index a
 * prefix, so it runs every prefix rule on every article: with 1% of 10,000 rules being prefixes, that was
 * about a quarter of all matching time. This handler indexes a prefix rule under a marked term made of the
 * prefix's first {@link #MAX_PREFIX} characters, and adds to each document, for every term it has, that
 * term's first 1 to {@link #MAX_PREFIX} characters, marked alike. A prefix rule then only runs on articles
 * with a word that starts like it; the query itself still decides. The pattern is that of Lucene Monitor's
 * {@code RegexpQueryHandler} (n-grams there, prefixes here).
 *
 * <p>Only fields where the parser puts prefix terms get the extra document terms: the name fields and the
 * unstemmed twins of the prose fields ({@link RuleQueryParser}); a prefix on any other field is left to
 * the default handling.
 */
final class PrefixQueryHandler implements CustomQueryHandler {
    /** Longer prefixes are indexed by their start: five letters already single out a word family. */
    static final int MAX_PREFIX = 5;
    /** Marks an indexed prefix; a space never occurs inside a token of these analyzers. */
    static final String MARK = " *";

    private final Set<String> skippedFields;

    /** @param skippedFields fields that never hold prefix terms (the stemmed prose fields) */
    PrefixQueryHandler(Set<String> skippedFields) {
        this.skippedFields = Set.copyOf(skippedFields);
    }

    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (!(query instanceof PrefixQuery prefix) || skippedFields.contains(prefix.getField())) {
            return null;
        }
        String text = prefix.getPrefix().text();
        if (text.isEmpty()) {
            return null;
        }
        String start = text.length() > MAX_PREFIX ? text.substring(0, MAX_PREFIX) : text;
        return QueryTree.term(new Term(prefix.getField(), start + MARK), weightor);
    }

    @Override
    public TokenStream wrapTermStream(String field, TokenStream terms) {
        return skippedFields.contains(field) ? terms : new PrefixesFilter(terms);
    }

    /** Emits each term, then its marked prefixes of 1 to {@link #MAX_PREFIX} characters. */
    private static final class PrefixesFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String current;
        private int nextLength;

        PrefixesFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (current != null && nextLength <= Math.min(MAX_PREFIX, current.length())) {
                term.setEmpty().append(current, 0, nextLength).append(MARK);
                nextLength++;
                return true;
            }
            if (!input.incrementToken()) {
                current = null;
                return false;
            }
            current = term.toString();
            nextLength = 1;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            current = null;
        }
    }
}
