package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * One article in a SimHash band bucket, with its hash, publication time and the first article of its
 * story, so a lookup decides from the bucket alone, without a store read per candidate. Stored as
 * tab-separated lines (ids are URL or content hashes, never multi-line).
 */
record BandEntry(String id, long simHash, long publishedAt, String root, long rootPublishedAt) {

    static List<BandEntry> parseAll(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<BandEntry> entries = new ArrayList<>();
        for (String item : joined.split("\n")) {
            String[] parts = item.split("\t");
            entries.add(new BandEntry(parts[0], Long.parseUnsignedLong(parts[1], 16), Long.parseLong(parts[2]),
                    parts[3], Long.parseLong(parts[4])));
        }
        return entries;
    }

    static String joinAll(List<BandEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (BandEntry entry : entries) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(entry.id).append('\t').append(Long.toHexString(entry.simHash)).append('\t').append(entry.publishedAt)
                    .append('\t').append(entry.root).append('\t').append(entry.rootPublishedAt);
        }
        return out.toString();
    }
}
