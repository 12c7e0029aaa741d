package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.RawArticle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the content hash and revision of the most recent articles published, so the same item in
 * two polls, the same story in two feeds or the same file loaded twice is published once, while
 * changed content under the same id is published again as revision + 1.
 *
 * <p>Bounded (least recently seen evicted), so memory stays flat on a long run; what it forgot is
 * caught downstream by enrich's dedup and the sinks' upsert by id. Thread-safe.
 */
public final class ArticleDeduplicator {
    /** What to do with an article. */
    public enum Verdict { NEW, REVISION, DUPLICATE }

    private record Seen(String contentHash, int revision) {}

    private final LinkedHashMap<String, Seen> seen;

    public ArticleDeduplicator(int capacity) {
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A verdict and the revision the article is published under. */
    public record Admission(Verdict verdict, int revision) {}

    /**
     * Decides on an article known by {@code id} whose content has fingerprint {@code hash} (for feed
     * items: the hash of what the feed said, so a page fetched later does not count as a change).
     */
    public synchronized Admission admit(String id, String hash) {
        Seen previous = seen.get(id);
        if (previous == null) {
            seen.put(id, new Seen(hash, 1));
            return new Admission(Verdict.NEW, 1);
        }
        if (previous.contentHash().equals(hash)) {
            return new Admission(Verdict.DUPLICATE, previous.revision());
        }
        int revision = previous.revision() + 1;
        seen.put(id, new Seen(hash, revision));
        return new Admission(Verdict.REVISION, revision);
    }

    /**
     * Decides on {@code article} and remembers it; on {@link Verdict#REVISION} the article's revision
     * is set to the previous one + 1.
     */
    public synchronized Verdict admit(RawArticle article) {
        Seen previous = seen.get(article.getId());
        if (previous == null) {
            seen.put(article.getId(), new Seen(article.getContentHash(), article.getRevision()));
            return Verdict.NEW;
        }
        if (previous.contentHash().equals(article.getContentHash())) {
            return Verdict.DUPLICATE;
        }
        int revision = Math.max(previous.revision(), article.getRevision() - 1) + 1;
        article.setRevision(revision);
        seen.put(article.getId(), new Seen(article.getContentHash(), revision));
        return Verdict.REVISION;
    }

    /** Seeds what an earlier run published (from feed state), so a restart does not republish it. */
    public synchronized void remember(String articleId, String contentHash, int revision) {
        Seen previous = seen.get(articleId);
        if (previous == null || previous.revision() <= revision) {
            seen.put(articleId, new Seen(contentHash, revision));
        }
    }

    public synchronized int size() {
        return seen.size();
    }
}
