package io.newsflow.ingest.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes FeedState.publishedItems (article id -> content hash). A revision above 1 is kept
 * after the hash as {@code hash/revision}, so a restart continues the revision count instead of
 * starting again at 2; a plain hash means revision 1 (the schema's documented meaning still holds
 * for the hash part).
 */
public final class PublishedItems {
    private PublishedItems() {
    }

    /** A published item: its fingerprint hash and revision. */
    public record Item(String hash, int revision) {}

    public static Item decode(String value) {
        int slash = value.lastIndexOf('/');
        if (slash > 0) {
            try {
                return new Item(value.substring(0, slash), Integer.parseInt(value.substring(slash + 1)));
            } catch (NumberFormatException e) {
                return new Item(value, 1);
            }
        }
        return new Item(value, 1);
    }

    public static String encode(String hash, int revision) {
        return revision <= 1 ? hash : hash + "/" + revision;
    }

    /**
     * The map to store: every id still in the feed ({@code current}) plus earlier ones up to {@code max}
     * entries, so what the feed still shows is never forgotten and the state stays bounded.
     */
    public static Map<String, String> bounded(Map<String, String> all, Set<String> current, int max) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : current) {
            String v = all.get(id);
            if (v != null) {
                out.put(id, v);
            }
        }
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (out.size() >= Math.max(max, current.size())) {
                break;
            }
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return new HashMap<>(out);
    }
}
