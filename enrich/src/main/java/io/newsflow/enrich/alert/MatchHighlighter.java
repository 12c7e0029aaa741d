package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Says why a rule matched: the sentences of the article that contain what the query matched, with each
 * match between {@code [[} and {@code ]]}. It asks Lucene's Matches API where the (already matched) query
 * hits a one-document index that keeps offsets, so phrases, proximity and wildcards are marked exactly as
 * Lucene matched them, stemming included. A match on an entity field is shown where the article mentions
 * that entity ({@code person:"Vladimir Putin"} marks "Putin" in the text).
 *
 * <p>Only called for rules that matched, so its cost does not grow with the number of rules.
 */
public final class MatchHighlighter {
    static final String OPEN = "[[";
    static final String CLOSE = "]]";
    private static final int MAX_SNIPPET_CHARS = 300;

    private final int maxSnippets;

    public MatchHighlighter(int maxSnippets) {
        this.maxSnippets = maxSnippets;
    }

    /** A one-document searcher over the article; build it once per article and reuse it for every matched rule. */
    public static IndexSearcher searcherFor(MemoryIndex index) {
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);
        return searcher;
    }

    public List<String> snippets(IndexSearcher searcher, Query query, ArticleDocument document, EnrichedArticle article) {
        List<int[]> titleSpans = new ArrayList<>();
        List<int[]> bodySpans = new ArrayList<>();
        try {
            LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Matches matches = weight.matches(leaf, 0);
            if (matches != null) {
                collect(matches.getMatches(ArticleFields.TITLE), titleSpans);
                collect(matches.getMatches(ArticleFields.BODY), bodySpans);
                // The unstemmed twins hold the same text, so their offsets are the title's and the body's.
                collect(matches.getMatches(ArticleFields.unstemmed(ArticleFields.TITLE)), titleSpans);
                collect(matches.getMatches(ArticleFields.unstemmed(ArticleFields.BODY)), bodySpans);
                for (String field : List.of(ArticleFields.ENTITY, ArticleFields.PERSON, ArticleFields.ORGANIZATION, ArticleFields.LOCATION)) {
                    List<int[]> spans = new ArrayList<>();
                    collect(matches.getMatches(field), spans);
                    markEntityMentions(field, spans, document, article, titleSpans, bodySpans);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Highlighting in a memory index failed", e);
        }
        List<String> snippets = new ArrayList<>();
        if (!titleSpans.isEmpty()) {
            snippets.add(mark(article.getTitle(), 0, article.getTitle().length(), merge(titleSpans)));
        }
        snippets.addAll(bodySnippets(article.getBody(), merge(bodySpans), maxSnippets - snippets.size()));
        if (snippets.isEmpty()) {
            // Matched on source or keyword only: the title says what the article is.
            snippets.add(article.getTitle());
        }
        return snippets.size() > maxSnippets ? List.copyOf(snippets.subList(0, maxSnippets)) : List.copyOf(snippets);
    }

    private static void collect(MatchesIterator iterator, List<int[]> spans) throws IOException {
        if (iterator == null) {
            return;
        }
        while (iterator.next()) {
            if (iterator.startOffset() >= 0 && iterator.endOffset() > iterator.startOffset()) {
                spans.add(new int[] {iterator.startOffset(), iterator.endOffset()});
            }
        }
    }

    /** Entity fields index canonical names one after the other; find which name a span fell in, then its mentions. */
    private static void markEntityMentions(String field, List<int[]> spans, ArticleDocument document, EnrichedArticle article,
                                           List<int[]> titleSpans, List<int[]> bodySpans) {
        if (spans.isEmpty()) {
            return;
        }
        List<String> names = document.get(field);
        TreeMap<Integer, String> nameAtOffset = new TreeMap<>();
        int offset = 0;
        for (String name : names) {
            nameAtOffset.put(offset, name);
            offset += name.length() + 1; // MemoryIndex's default offset gap between values is 1
        }
        int bodyStart = article.getTitle().length() + 2;
        for (int[] span : spans) {
            var entry = nameAtOffset.floorEntry(span[0]);
            if (entry == null) {
                continue;
            }
            for (Entity entity : article.getEntities()) {
                if (!entity.getName().equals(entry.getValue())) {
                    continue;
                }
                for (Mention mention : article.getMentions()) {
                    if (!mention.getEntityId().equals(entity.getId())) {
                        continue;
                    }
                    if (mention.getEnd() <= article.getTitle().length()) {
                        titleSpans.add(new int[] {mention.getStart(), mention.getEnd()});
                    } else if (mention.getStart() >= bodyStart && mention.getEnd() - bodyStart <= article.getBody().length()) {
                        bodySpans.add(new int[] {mention.getStart() - bodyStart, mention.getEnd() - bodyStart});
                    }
                }
            }
        }
    }

    private static List<int[]> merge(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            if (!merged.isEmpty() && span[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private static List<String> bodySnippets(String body, List<int[]> spans, int limit) {
        List<String> snippets = new ArrayList<>();
        if (spans.isEmpty() || limit <= 0) {
            return snippets;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(body);
        int i = 0;
        while (i < spans.size() && snippets.size() < limit) {
            int start = sentences.preceding(spans.get(i)[0] + 1);
            int end = sentences.following(spans.get(i)[0]);
            start = start == BreakIterator.DONE ? 0 : start;
            end = end == BreakIterator.DONE ? body.length() : end;
            // A span that runs past the sentence (a proximity match across a full stop) extends it.
            int j = i;
            while (j < spans.size() && spans.get(j)[0] < end) {
                end = Math.max(end, spans.get(j)[1]);
                j++;
            }
            List<int[]> inside = spans.subList(i, j);
            boolean trimmed = end - start > MAX_SNIPPET_CHARS;
            if (trimmed) {
                start = Math.max(start, inside.get(0)[0] - MAX_SNIPPET_CHARS / 3);
                end = Math.min(end, Math.max(inside.get(inside.size() - 1)[1], start + MAX_SNIPPET_CHARS));
            }
            String snippet = mark(body, start, end, inside);
            snippets.add(trimmed ? "…" + snippet + "…" : snippet);
            i = j;
        }
        return snippets;
    }

    private static String mark(String text, int start, int end, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (int[] span : spans) {
            int s = Math.max(span[0], at);
            int e = Math.min(span[1], end);
            if (s >= e) {
                continue;
            }
            out.append(text, at, s).append(OPEN).append(text, s, e).append(CLOSE);
            at = e;
        }
        out.append(text, at, end);
        return out.toString().strip();
    }
}
