package io.newsflow.enrich.alert;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain that both rule queries and article documents go through: a term in a rule can
 * only match a term of an article if both were analysed alike. Prose fields use English analysis (case
 * folding, stop words, Porter stemming: "peace plans" matches "peace plan"); name fields (entities,
 * source) only fold case and accents, since stemming "Witkoff" or "Reuters" helps nobody. The unstemmed
 * twins of the prose fields ({@link ArticleFields#UNSTEMMED}, for wildcard and fuzzy terms) are the
 * English chain without stop words and stemming.
 *
 * <p>Multi-valued fields (several entities, several keywords) leave a wide position gap between values
 * so a phrase never spans two names.
 */
public final class RuleAnalyzer {
    static final int VALUE_GAP = 100;

    private RuleAnalyzer() {
    }

    public static Analyzer create() {
        Analyzer english = new GappedEnglishAnalyzer();
        Analyzer names = new NameAnalyzer();
        Analyzer unstemmed = new UnstemmedAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : ArticleFields.ALL) {
            perField.put(field, ArticleFields.PROSE.contains(field) ? english : names);
        }
        for (String field : ArticleFields.UNSTEMMED) {
            perField.put(field, unstemmed);
        }
        return new PerFieldAnalyzerWrapper(english, perField);
    }

    /** {@link EnglishAnalyzer}'s chain (possessives, case, stop words, Porter stemming) plus accent folding. */
    private static final class GappedEnglishAnalyzer extends FoldedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /** The English chain up to, not including, stop words and stemming: the whole word, as written, folded. */
    private static final class UnstemmedAnalyzer extends FoldedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static final class NameAnalyzer extends FoldedAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /**
     * What every chain here shares: wildcard and fuzzy terms are folded the way the chain folds words
     * (case, accents), and values of a multi-valued field stand {@link #VALUE_GAP} positions apart.
     */
    private abstract static class FoldedAnalyzer extends Analyzer {
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }
}
