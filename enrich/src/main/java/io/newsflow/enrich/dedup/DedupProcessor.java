package io.newsflow.enrich.dedup;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Marks each enriched article with {@code duplicateOf}: the id of the first article of its story, or
 * null when it is the first. The decision for an id is taken once and remembered, so a replay or a new
 * revision of that id is emitted with the same {@code duplicateOf} and flagged with the
 * {@link #REPEAT_HEADER} header (trends count an article once). Runs in a single task: see
 * {@link io.newsflow.enrich.topology.EnrichTopology}.
 */
final class DedupProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
    /** Set (value "1") on an article whose id dedup has already seen: a replay or a new revision. */
    static final String REPEAT_HEADER = DedupHeaders.REPEAT;
    private static final int MAX_IDS_PER_BAND = 256;
    private static final Duration PURGE_INTERVAL = Duration.ofDays(1); // a full scan: rare, also in a month-long replay

    private final DedupPolicy policy;
    private final SimHash simHash;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, SeenArticle> articles;
    private KeyValueStore<String, String> contents;
    private KeyValueStore<String, String> bands;

    DedupProcessor(DedupPolicy policy, SimHash simHash) {
        this.policy = policy;
        this.simHash = simHash;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(DedupProcessorSupplier.ARTICLES_STORE);
        this.contents = context.getStateStore(DedupProcessorSupplier.CONTENT_STORE);
        this.bands = context.getStateStore(DedupProcessorSupplier.BANDS_STORE);
        context.schedule(PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::purge);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            return;
        }
        String id = article.getId();
        long hash = simHash.of(article.getBody());
        SeenArticle known = articles.get(id);
        boolean repeat = known != null;
        String duplicateOf;
        if (repeat) {
            duplicateOf = known.duplicateOf();
            if (article.getContentHash() != null && contents.get(article.getContentHash()) == null) {
                contents.put(article.getContentHash(), id); // a new revision's text now points here
            }
        } else {
            Story story = decide(article, hash);
            duplicateOf = story == null ? null : story.root();
            SeenArticle seen = new SeenArticle(id, article.getContentHash(), hash,
                    article.getPublishedAt().toEpochMilli(), duplicateOf);
            articles.put(id, seen);
            index(seen, story == null ? seen.publishedAt() : story.rootPublishedAt());
        }
        EnrichedArticle marked = EnrichedArticle.newBuilder(article).setDuplicateOf(duplicateOf).build();
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(REPEAT_HEADER);
        if (repeat) {
            headers.add(REPEAT_HEADER, "1".getBytes(StandardCharsets.UTF_8));
        }
        context.forward(record.withValue(marked).withHeaders(headers));
    }

    /** The first article of a story and when it was published. */
    private record Story(String root, long rootPublishedAt) {}

    /** The first article of the story {@code article} belongs to, or null when it starts a story. */
    private Story decide(EnrichedArticle article, long hash) {
        String firstWithContent = article.getContentHash() == null ? null : contents.get(article.getContentHash());
        if (firstWithContent != null && !firstWithContent.equals(article.getId())) {
            SeenArticle first = articles.get(firstWithContent);
            if (first == null) {
                return new Story(firstWithContent, article.getPublishedAt().toEpochMilli());
            }
            SeenArticle root = first.duplicateOf() == null ? first : articles.get(first.duplicateOf());
            return new Story(first.root(), (root == null ? first : root).publishedAt());
        }
        if (hash == 0L) {
            return null;
        }
        long publishedAt = article.getPublishedAt().toEpochMilli();
        long window = policy.window().toMillis();
        BandEntry first = null;
        for (String band : SimHash.bands(hash, policy.maxDistance())) {
            for (BandEntry entry : BandEntry.parseAll(bands.get(band))) {
                if (entry.id().equals(article.getId()) || Math.abs(entry.publishedAt() - publishedAt) > window
                        || SimHash.distance(entry.simHash(), hash) > policy.maxDistance()) {
                    continue;
                }
                // Several stories may match: the earliest published first article (then the smallest id) wins.
                if (first == null || entry.rootPublishedAt() < first.rootPublishedAt()
                        || (entry.rootPublishedAt() == first.rootPublishedAt() && entry.root().compareTo(first.root()) < 0)) {
                    first = entry;
                }
            }
        }
        return first == null ? null : new Story(first.root(), first.rootPublishedAt());
    }

    /**
     * Adds the article to its content hash and band buckets. A bucket drops entries published more
     * than a window before stream time (they can no longer match), and holds one entry per story: a
     * copy is added only where no article of its story is yet, which keeps hot stories from filling
     * buckets while still finding copies of copies that drifted further.
     */
    private void index(SeenArticle seen, long rootPublishedAt) {
        if (seen.contentHash() != null && !seen.contentHash().isEmpty() && contents.get(seen.contentHash()) == null) {
            contents.put(seen.contentHash(), seen.id());
        }
        if (seen.simHash() == 0L) {
            return;
        }
        long horizon = Math.max(context.currentStreamTimeMs(), seen.publishedAt()) - policy.window().toMillis();
        BandEntry self = new BandEntry(seen.id(), seen.simHash(), seen.publishedAt(), seen.root(), rootPublishedAt);
        for (String band : SimHash.bands(seen.simHash(), policy.maxDistance())) {
            List<BandEntry> entries = new ArrayList<>(BandEntry.parseAll(bands.get(band)));
            int before = entries.size();
            entries.removeIf(e -> e.id().equals(seen.id()) || e.publishedAt() < horizon);
            boolean storyPresent = entries.stream().anyMatch(e -> e.root().equals(self.root()));
            if (!storyPresent) {
                entries.add(self);
            }
            if (entries.size() > MAX_IDS_PER_BAND) {
                entries = entries.subList(entries.size() - MAX_IDS_PER_BAND, entries.size()); // never grow without bound
            }
            if (!storyPresent || entries.size() != before) {
                if (entries.isEmpty()) {
                    bands.delete(band);
                } else {
                    bands.put(band, BandEntry.joinAll(entries));
                }
            }
        }
    }

    /** Forgets articles published more than the retention before stream time, with their index entries. */
    private void purge(long streamTime) {
        long horizon = streamTime - policy.retention().toMillis();
        List<SeenArticle> expired = new ArrayList<>();
        try (KeyValueIterator<String, SeenArticle> all = articles.all()) {
            while (all.hasNext()) {
                KeyValue<String, SeenArticle> entry = all.next();
                if (entry.value != null && entry.value.publishedAt() < horizon) {
                    expired.add(entry.value);
                }
            }
        }
        for (SeenArticle seen : expired) {
            articles.delete(seen.id());
            if (seen.contentHash() != null && seen.id().equals(contents.get(seen.contentHash()))) {
                contents.delete(seen.contentHash());
            }
            if (seen.simHash() != 0L) {
                for (String band : SimHash.bands(seen.simHash(), policy.maxDistance())) {
                    List<BandEntry> entries = new ArrayList<>(BandEntry.parseAll(bands.get(band)));
                    entries.removeIf(e -> e.id().equals(seen.id()));
                    if (entries.isEmpty()) {
                        bands.delete(band);
                    } else {
                        bands.put(band, BandEntry.joinAll(entries));
                    }
                }
            }
        }
    }
}
