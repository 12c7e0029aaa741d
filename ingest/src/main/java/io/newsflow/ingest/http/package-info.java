/**
 * HTTP for ingest, on the JDK's {@code java.net.http} client only: conditional GET, gzip/deflate,
 * redirects followed by hand (so every hop of an untrusted link is checked against private
 * addresses), connect and total timeouts, a body size cap counted while streaming, Retry-After, and
 * per-host politeness (one request at a time per host, a minimum delay between them).
 */
package io.newsflow.ingest.http;
