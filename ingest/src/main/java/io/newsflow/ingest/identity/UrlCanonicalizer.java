package io.newsflow.ingest.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces the many spellings of one article URL to one, so the article id does not change with the
 * campaign that linked to it. Lower-cases scheme and host, drops user info, default ports, the
 * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code mc_cid}, ...),
 * sorts the remaining parameters and removes dot segments from the path.
 *
 * <p>Only absolute http(s) URLs have a canonical form; anything else (a {@code tag:} GUID, garbage)
 * yields empty, and identity falls back to the GUID or the content. Never throws.
 */
public final class UrlCanonicalizer {
    /** Longer URLs are not canonicalised: no real article URL is this long, and ids must stay cheap. */
    static final int MAX_LENGTH = 8192;

    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
            "mc_cid", "mc_eid", "igshid", "igsh", "ref_src", "ref_url", "_hsenc", "_hsmi", "_ga", "_gl",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "wt.mc_id", "cmpid", "ncid",
            "sr_share", "spm", "at_medium", "at_campaign", "s_cid", "smid", "rss", "ito");
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_", "__s");

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
    public Optional<String> canonicalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(escapeIllegal(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);

        StringBuilder out = new StringBuilder(text.length());
        out.append(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(normalisePath(uri.getRawPath()));
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /** True when the query parameter named {@code name} only tells where a click came from. */
    public static boolean isTrackingParameter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (TRACKING.contains(lower)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String normalisePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        String[] parts = rawPath.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals(".")) {
                if (i == parts.length - 1) {
                    segments.add("");
                }
            } else if (part.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                if (i == parts.length - 1) {
                    segments.add("");
                }
            } else {
                segments.add(part);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.isEmpty() || isTrackingParameter(name)) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /** Feeds carry URLs with raw spaces, pipes and non-ASCII: percent-encode what java.net.URI refuses. */
    private static String escapeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            boolean legal = c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
            if (legal) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
