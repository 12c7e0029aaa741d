package io.newsflow.ingest.http;

import java.time.Duration;

/**
 * A successful exchange: 200 with a body, or 304 Not Modified (no body, nothing to parse).
 *
 * @param finalUrl the URL after redirects
 * @param body decoded (un-gzipped) bytes; empty for 304
 * @param etag the new validator (null when the server sent none)
 * @param lastModified the new validator (null when the server sent none)
 * @param wireBytes bytes received before decompression
 */
public record FetchResult(int status, String finalUrl, byte[] body, String contentType, String etag,
                          String lastModified, long wireBytes, Duration elapsed) {
    public boolean notModified() {
        return status == 304;
    }
}
