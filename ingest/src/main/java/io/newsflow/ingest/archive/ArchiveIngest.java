package io.newsflow.ingest.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedItemMapper;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.identity.UrlCanonicalizer;
import io.newsflow.ingest.publish.ArticleDeduplicator;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.publish.DeliveryReport;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import io.newsflow.ingest.text.PageExtractor;
import io.newsflow.schemas.avro.RawArticle;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads archives for backfill: expands the input paths, reads every file with the reader for its
 * type, names each article, drops what this run already published and sends the rest to the sink,
 * publication time first. Bad input is rejected with path and line, never stops the load.
 *
 * <p>Usage: {@code new ArchiveIngest(config, publisher, TerminalProgressBar.forStderr(false), Clock.systemUTC()).ingest(paths)}.
 * The sink stays open (the caller owns it); the summary counts only what the cluster acknowledged.
 */
public final class ArchiveIngest {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIngest.class);
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

    private final IngestConfig config;
    private final ArticleSink sink;
    private final ProgressListener progress;
    private final Clock clock;
    private final ArticleIdentity identity = new ArticleIdentity(new UrlCanonicalizer());
    private final ArticleDeduplicator dedup;
    private final InputFiles inputFiles = new InputFiles();
    private final TextArticleReader textReader;
    private final HtmlArticleReader htmlReader;
    private final JsonLinesArticleReader jsonLinesReader;
    private final FeedFileReader feedReader;

    public ArchiveIngest(IngestConfig config, ArticleSink sink, ProgressListener progress, Clock clock) {
        this.config = config;
        this.sink = sink;
        this.progress = progress;
        this.clock = clock;
        this.dedup = new ArticleDeduplicator(config.dedupCapacity());
        HtmlText htmlText = new HtmlText();
        DateText dates = new DateText();
        this.textReader = new TextArticleReader(htmlText);
        this.htmlReader = new HtmlArticleReader(new PageExtractor(htmlText, dates));
        this.jsonLinesReader = new JsonLinesArticleReader(new ObjectMapper(), htmlText, dates);
        this.feedReader = new FeedFileReader(new FeedParser(htmlText, dates, new ObjectMapper()),
                new FeedItemMapper(config.summaryThreshold()));
    }

    /** Reads every input and publishes its articles; returns when the cluster acknowledged (or refused) each. */
    public IngestSummary ingest(List<Path> inputs) {
        long startNanos = System.nanoTime();
        DeliveryReport before = sink.flush();
        InputFiles.Expansion expansion = inputFiles.expand(inputs);
        List<Rejection> rejections = new ArrayList<>(expansion.rejections());
        Counters counters = new Counters();
        long totalBytes = expansion.files().stream().mapToLong(ArchiveFile::size).sum();
        progress.started(totalBytes, expansion.files().size());
        long bytesBefore = 0;
        for (ArchiveFile file : expansion.files()) {
            CountingStream counted = null;
            long finalBytesBefore = bytesBefore;
            ArchiveSink fileSink = new ArchiveSink() {
                @Override
                public void article(ArticleDraft draft, long line) {
                    counters.read++;
                    publish(draft, counters);
                }

                @Override
                public void rejected(long line, String reason) {
                    rejections.add(new Rejection(file.shown(), line, reason));
                }
            };
            try (InputStream raw = Files.newInputStream(file.path())) {
                counted = new CountingStream(raw, n -> progress.progressed(finalBytesBefore + n, counters.read));
                counters.files++;
                InputStream in = new BufferedInputStream(file.gzipped() ? new GZIPInputStream(counted, 64 * 1024) : counted, 64 * 1024);
                read(file, in, fileSink);
            } catch (ZipException | EOFException e) {
                rejections.add(new Rejection(file.shown(), 0, "corrupt or truncated gzip data (" + e.getMessage() + ")"));
            } catch (IOException e) {
                rejections.add(new Rejection(file.shown(), 0, "cannot read: " + e.getMessage()));
            }
            bytesBefore += file.size();
            progress.progressed(bytesBefore, counters.read);
        }
        DeliveryReport after = sink.flush();
        progress.finished();
        IngestSummary summary = new IngestSummary(counters.files, counters.read, after.acknowledged() - before.acknowledged(),
                counters.revisions, counters.duplicates, after.failed() - before.failed(), rejections,
                after.failures().subList(Math.min(before.failures().size(), after.failures().size()), after.failures().size()),
                Duration.ofNanos(System.nanoTime() - startNanos));
        LOG.info("Archive load: {}", summary.oneLine());
        return summary;
    }

    private void read(ArchiveFile file, InputStream in, ArchiveSink fileSink) throws IOException {
        Instant now = clock.instant();
        if (file.format().equals("jsonl")) {
            jsonLinesReader.read(file, in, now, fileSink);
            return;
        }
        byte[] bytes = readCapped(in, config.maxArchiveFileBytes());
        if (bytes == null) {
            fileSink.rejected(0, "larger than " + config.maxArchiveFileBytes() + " bytes (ingest.archive.max.file.bytes)");
            return;
        }
        if (bytes.length == 0) {
            fileSink.rejected(0, "empty file");
            return;
        }
        switch (file.format()) {
            case "txt" -> {
                try {
                    textReader.read(file, TextBytes.decode(bytes), now, fileSink);
                } catch (TextBytes.NotText e) {
                    fileSink.rejected(0, e.getMessage());
                }
            }
            case "html" -> {
                try {
                    htmlReader.read(file, decodeHtml(bytes), now, fileSink);
                } catch (TextBytes.NotText e) {
                    fileSink.rejected(0, e.getMessage());
                }
            }
            default -> feedReader.read(file, bytes, now, fileSink);
        }
    }

    /** UTF-8 unless the page declares another charset in a meta tag. */
    private static String decodeHtml(byte[] bytes) throws TextBytes.NotText {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("utf-8") && !name.equals("utf8") && Charset.isSupported(name)) {
                for (byte b : bytes) {
                    if (b == 0) {
                        throw new TextBytes.NotText("binary content (NUL byte), not HTML");
                    }
                }
                return new String(bytes, Charset.forName(name));
            }
        }
        return TextBytes.decode(bytes);
    }

    private void publish(ArticleDraft draft, Counters counters) {
        RawArticle article = identity.assign(draft);
        switch (dedup.admit(article)) {
            case DUPLICATE -> counters.duplicates++;
            case REVISION -> {
                counters.revisions++;
                sink.publish(article);
            }
            case NEW -> sink.publish(article);
        }
    }

    /** All bytes, or null when there are more than {@code cap}. */
    static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final class Counters {
        long files;
        long read;
        long duplicates;
        long revisions;
    }

    /** Counts the bytes read from disk (compressed ones for .gz), so progress follows the file sizes. */
    private static final class CountingStream extends FilterInputStream {
        private final java.util.function.LongConsumer onProgress;
        private long count;

        CountingStream(InputStream in, java.util.function.LongConsumer onProgress) {
            super(in);
            this.onProgress = onProgress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                onProgress.accept(count);
            }
            return n;
        }
    }
}
