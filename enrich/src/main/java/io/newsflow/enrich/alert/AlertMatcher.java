package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches one article against every live rule at once. A Lucene {@link Monitor} indexes the rules
 * themselves, so an article only runs the rules whose terms it contains: cost grows with the matches,
 * not with the number of rules.
 *
 * <p>Rule changes arrive on another thread (the global-store thread of Kafka Streams) and are queued;
 * the next {@link #match} applies all queued changes in one Monitor update. That keeps a bulk load
 * (thousands of rules restored at start-up) to a single index commit, while a rule added live still
 * takes part in the very next match. Thread-safe.
 */
public final class AlertMatcher implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(AlertMatcher.class);

    /** @param unstemmed whether the query reads an unstemmed twin field (it has a wildcard or fuzzy term on prose) */
    private record Compiled(AlertRule rule, Query query, boolean unstemmed) {}

    private final Analyzer analyzer;
    private final RuleQueryParser parser;
    private final MatchHighlighter highlighter;
    private final Monitor monitor;
    /** Rule changes not yet in the Monitor; null value = removal. Insertion order keeps the last change per id. */
    private final Map<String, AlertRule> pending = new LinkedHashMap<>();
    private final Map<String, Compiled> live = new ConcurrentHashMap<>();
    /** Whether any live rule reads an unstemmed field; documents carry those fields only then. */
    private volatile boolean unstemmedNeeded;
    /** Rules the presearcher let through to run, over all matches: the work the rule index did not save. */
    private final LongAdder rulesRun = new LongAdder();

    public AlertMatcher(int maxSnippets) {
        this.analyzer = RuleAnalyzer.create();
        this.parser = new RuleQueryParser(analyzer);
        this.highlighter = new MatchHighlighter(maxSnippets);
        try {
            this.monitor = new Monitor(analyzer, presearcher());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the rule index", e);
        }
    }

    /**
     * The Monitor indexes each rule under one "best" term per conjunction and only runs the rules whose
     * term the article contains. By default the longest term wins, which in {@code person:"Vladimir Putin"
     * AND ceasefire} is "vladimir": a name that many articles carry, so the rule would run on all of them.
     * Name fields hold few, frequent values; weighting them down makes the presearcher pick the prose term.
     * Prefix terms ({@code negotiat*}) are indexed too, by {@link PrefixQueryHandler}, instead of running on
     * every article.
     */
    static Presearcher presearcher() {
        TermWeightor weightor = TermWeightor.combine(TermWeightor.DEFAULT, TermWeightor.fieldWeightor(0.1,
                Set.of(ArticleFields.ENTITY, ArticleFields.PERSON, ArticleFields.ORGANIZATION, ArticleFields.LOCATION, ArticleFields.SOURCE)));
        return new TermFilteredPresearcher(weightor, List.of(new PrefixQueryHandler(Set.copyOf(ArticleFields.PROSE))), Set.of());
    }

    /** Queues a new or changed rule ({@code rule} non-null) or a removal ({@code rule} null). */
    public void apply(String ruleId, AlertRule rule) {
        synchronized (pending) {
            pending.remove(ruleId);
            pending.put(ruleId, rule);
        }
    }

    /** Applies queued rule changes now (the next {@link #match} would). */
    public void flush() {
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
        }
        // Draining and applying under one lock keeps two flushing threads from applying changes out of order.
        synchronized (monitor) {
            Map<String, AlertRule> changes;
            synchronized (pending) {
                changes = new LinkedHashMap<>(pending);
                pending.clear();
            }
            if (changes.isEmpty()) {
                return;
            }
            List<String> removed = new ArrayList<>();
            List<MonitorQuery> added = new ArrayList<>();
            changes.forEach((id, rule) -> {
                Compiled compiled = rule == null || !rule.getEnabled() ? null : compile(rule);
                if (compiled == null) {
                    if (live.remove(id) != null) {
                        removed.add(id);
                    }
                } else {
                    live.put(id, compiled);
                    added.add(new MonitorQuery(id, compiled.query(), rule.getQuery(), Map.of()));
                }
            });
            // Before the Monitor update: a rule must never run on a document that lacks the fields it reads.
            unstemmedNeeded = live.values().stream().anyMatch(Compiled::unstemmed);
            try {
                if (!removed.isEmpty()) {
                    monitor.deleteById(removed);
                }
                if (!added.isEmpty()) {
                    monitor.register(added);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot update the rule index", e);
            }
            log.info("Alert rules updated: {} added or changed, {} removed, {} live", added.size(), removed.size(), live.size());
        }
    }

    private Compiled compile(AlertRule rule) {
        try {
            Query query = parser.parse(rule.getQuery());
            return new Compiled(rule, query, readsUnstemmed(query));
        } catch (InvalidRuleException e) {
            // Only a rule written around RuleAdmin can get here; skipping it must not stop the others.
            log.warn("Alert rule '{}' (version {}) is ignored: {}", rule.getId(), rule.getVersion(), e.getMessage());
            return null;
        }
    }

    private static boolean readsUnstemmed(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                found[0] |= ArticleFields.UNSTEMMED.contains(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /** Rules (enabled, valid) currently matched against articles, after applying queued changes. */
    public Set<String> liveRuleIds() {
        flush();
        return Set.copyOf(live.keySet());
    }

    /** The rules that match {@code article} and admit it by their filters, with what matched. */
    public List<RuleMatch> match(EnrichedArticle article) {
        flush();
        if (live.isEmpty()) {
            return List.of();
        }
        ArticleDocument document = ArticleDocument.of(article, unstemmedNeeded);
        MatchingQueries<QueryMatch> matches;
        try {
            matches = monitor.match(document.toLuceneDocument(), QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("Matching article " + article.getId() + " failed", e);
        }
        rulesRun.add(matches.getQueriesRun());
        matches.getErrors().forEach((id, error) ->
                log.warn("Alert rule '{}' failed on article {}: {}", id, article.getId(), error.toString()));
        if (matches.getMatchCount() == 0) {
            return List.of();
        }
        List<Compiled> admitted = new ArrayList<>();
        for (QueryMatch match : matches.getMatches()) {
            Compiled compiled = live.get(match.getQueryId());
            if (compiled != null && RuleFilters.admit(compiled.rule(), article)) {
                admitted.add(compiled);
            }
        }
        if (admitted.isEmpty()) {
            return List.of();
        }
        // The highlighting index re-analyses the text with offsets; the unstemmed copies only when a rule that
        // matched reads them (most articles match no pattern rule).
        boolean unstemmed = admitted.stream().anyMatch(Compiled::unstemmed);
        ArticleDocument highlighted = unstemmed ? document : ArticleDocument.of(article, false);
        IndexSearcher searcher = MatchHighlighter.searcherFor(highlighted.toMemoryIndex(analyzer));
        List<RuleMatch> result = new ArrayList<>();
        for (Compiled compiled : admitted) {
            result.add(new RuleMatch(compiled.rule(), highlighter.snippets(searcher, compiled.query(), highlighted, article)));
        }
        result.sort((a, b) -> a.rule().getId().compareTo(b.rule().getId()));
        return result;
    }

    /** How many rules have run against articles since this matcher was made (the presearcher's survivors). */
    public long rulesRun() {
        return rulesRun.sum();
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            log.warn("Closing the rule index failed: {}", e.toString());
        }
    }
}
