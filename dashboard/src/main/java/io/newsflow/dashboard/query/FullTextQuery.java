package io.newsflow.dashboard.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types in the search box into an FTS5 expression that can never be a syntax
 * error. FTS5 gives meaning to quotes, parentheses, {@code *}, {@code :}, {@code -} and bare
 * AND/OR/NOT, so a raw string like {@code "C++ (beta} fails; here every word becomes a quoted string.
 * It follows the web-search conventions PostgreSQL's {@code websearch_to_tsquery} uses, so the two
 * stores understand the same input: words are all required, {@code "a phrase"} is a phrase,
 * {@code or} between two terms is an alternative, {@code -word} excludes a word.
 */
final class FullTextQuery {
    private static final Pattern TERM = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private FullTextQuery() {
    }

    /** The FTS5 expression, or null when the text has no word in it. */
    static String toFts5(String text) {
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        boolean orPending = false;
        Matcher matcher = TERM.matcher(text);
        while (matcher.find()) {
            boolean phrase = matcher.group(2) != null;
            String raw = phrase ? matcher.group(2) : matcher.group(3);
            boolean negated = phrase ? !matcher.group(1).isEmpty() : raw.startsWith("-");
            if (!phrase && raw.equalsIgnoreCase("or")) {
                orPending = !positive.isEmpty();
                continue;
            }
            String quoted = quotedWords(phrase || !negated ? raw : raw.substring(1));
            if (quoted == null) {
                continue;
            }
            if (negated) {
                negative.add(quoted);
            } else if (orPending) {
                int last = positive.size() - 1;
                positive.set(last, positive.get(last) + " OR " + quoted);
                orPending = false;
            } else {
                positive.add(quoted);
            }
        }
        if (positive.isEmpty()) {
            return null;
        }
        StringBuilder expression = new StringBuilder();
        for (String term : positive) {
            if (!expression.isEmpty()) {
                expression.append(" AND ");
            }
            expression.append('(').append(term).append(')');
        }
        for (String term : negative) {
            expression.append(" NOT ").append(term);
        }
        return expression.toString();
    }

    /** The words of {@code raw} as one FTS5 string (a phrase when there are several), or null. */
    private static String quotedWords(String raw) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(raw);
        while (word.find()) {
            words.add(word.group());
        }
        // Only letters, digits and '_' remain, so no quote can end the string early.
        return words.isEmpty() ? null : '"' + String.join(" ", words) + '"';
    }
}
