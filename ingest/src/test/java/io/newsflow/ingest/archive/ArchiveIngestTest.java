package io.newsflow.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.publish.ListSink;
import io.newsflow.schemas.avro.RawArticle;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIngestTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ListSink sink = new ListSink();
    private final ArchiveIngest ingest = new ArchiveIngest(IngestConfig.defaults(), sink, ProgressListener.NONE,
            Clock.fixed(NOW, ZoneOffset.UTC));

    static Path fixture(String name) {
        try {
            return Path.of(ArchiveIngestTest.class.getResource("/archive/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawArticle only() {
        assertThat(sink.articles).hasSize(1);
        return sink.articles.get(0);
    }

    @Test
    void textFileFirstLineIsTheTitleAndParagraphsAreKept() {
        IngestSummary summary = ingest.ingest(List.of(fixture("seed-article.txt")));
        RawArticle a = only();
        assertThat(a.getTitle()).isEqualTo("US negotiators meet Putin as Russia presses battlefield advances");
        assertThat(a.getBody()).startsWith("Top US negotiators met Russian President Vladimir Putin")
                .contains("\n\nPutin received Jared Kushner").doesNotStartWith("US negotiators");
        assertThat(a.getSource()).isEqualTo("archive");
        assertThat(a.getOrigin()).isEqualTo("archive");
        assertThat(a.getPublishedAtEstimated()).isTrue();
        assertThat(a.getId()).hasSize(32);
        assertThat(summary.read()).isEqualTo(1);
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.rejections()).isEmpty();
    }

    @Test
    void loadingTheSameFileTwiceInOneRunPublishesItOnce() {
        IngestSummary summary = ingest.ingest(List.of(fixture("seed-article.txt"), fixture("seed-article.txt")));
        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
    }

    @Test
    void htmlPageGivesTitleCanonicalUrlDateAndMainText() {
        ingest.ingest(List.of(fixture("page-with-canonical-and-date.html")));
        RawArticle a = only();
        assertThat(a.getTitle()).isEqualTo("Harbour strike ends after nine days");
        assertThat(a.getCanonicalUrl()).isEqualTo("https://times.example.com/2025/11/20/harbour-strike-ends");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-20T08:15:00Z"));
        assertThat(a.getPublishedAtEstimated()).isFalse();
        assertThat(a.getSource()).isEqualTo("Example Times");
        assertThat(a.getLanguageHint()).isEqualTo("en");
        assertThat(a.getBody()).contains("Dock workers voted on Thursday").contains("\n\n")
                .doesNotContain("should not appear").doesNotContain("Sport");
    }

    @Test
    void jsonLinesKeepUrlDateSourceAndTurnHtmlBodiesIntoParagraphs() {
        IngestSummary summary = ingest.ingest(List.of(fixture("articles.jsonl")));
        assertThat(summary.rejections()).isEmpty();
        assertThat(sink.articles).hasSize(3);
        RawArticle first = sink.articles.get(0);
        assertThat(first.getCanonicalUrl()).isEqualTo("https://www.example.com/world/2025/11/talks.html?a=1&b=2");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2025-11-25T08:30:00Z"));
        assertThat(first.getSource()).isEqualTo("Example News");
        RawArticle second = sink.articles.get(1);
        assertThat(second.getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1764057600000L));
        assertThat(second.getBody()).isEqualTo("The harbour reopened on Tuesday.\n\nShips queued overnight.");
        assertThat(second.getAuthors()).containsExactly("Ann Reporter");
        assertThat(second.getCategories()).containsExactly("Shipping");
        RawArticle third = sink.articles.get(2);
        assertThat(third.getPublishedAtEstimated()).isTrue();
        assertThat(third.getSource()).isEqualTo("archive");
        assertThat(third.getCanonicalUrl()).isNull();
    }

    @Test
    void gzippedJsonLinesAreRead() {
        ingest.ingest(List.of(fixture("articles-gzipped.jsonl.gz")));
        assertThat(only().getTitle()).isEqualTo("Gzipped article");
    }

    @Test
    void badJsonLinesAreRejectedWithTheirNumberAndTheOtherLinesStillPublished() {
        IngestSummary summary = ingest.ingest(List.of(fixture("lines-not-json-missing-body-bad-date-bad-utf8.jsonl")));
        assertThat(summary.rejections()).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(summary.rejections().get(0).reason()).startsWith("not JSON");
        assertThat(summary.rejections().get(1).reason()).isEqualTo("missing \"body\"");
        assertThat(summary.rejections().get(2).reason()).startsWith("not a JSON object");
        assertThat(summary.rejections().get(3).reason()).contains("last Tuesday").contains("neither ISO-8601");
        assertThat(summary.rejections().get(4).reason()).startsWith("invalid UTF-8");
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.duplicates()).as("line 9 is line 1 behind a campaign link").isEqualTo(1);
        assertThat(summary.revisions()).as("line 10 corrects line 1").isEqualTo(1);
        assertThat(summary.published()).isEqualTo(3);
        assertThat(sink.articles).extracting(RawArticle::getRevision).containsExactly(1, 1, 2);
        assertThat(summary.report()).contains("lines-not-json-missing-body-bad-date-bad-utf8.jsonl:2: not JSON");
    }

    @Test
    void everyBadFileIsReportedWithItsPathAndTheGoodOnesStillPublished(@TempDir Path tmp) {
        Path missing = tmp.resolve("does-not-exist.txt");
        IngestSummary summary = ingest.ingest(List.of(missing, fixture("empty.txt"), fixture("binary-with-nul-bytes.txt"),
                fixture("latin1-not-utf8.txt"), fixture("title-only.txt"), fixture("truncated-gzip.jsonl.gz"),
                fixture("notes.pdf"), fixture("seed-article.txt")));
        assertThat(summary.rejections()).extracting(r -> Path.of(r.path()).getFileName().toString() + ": " + r.reason())
                .satisfiesExactlyInAnyOrder(
                        r -> assertThat(r).isEqualTo("does-not-exist.txt: no such file or directory"),
                        r -> assertThat(r).startsWith("notes.pdf: unsupported file type"),
                        r -> assertThat(r).isEqualTo("empty.txt: empty file"),
                        r -> assertThat(r).startsWith("binary-with-nul-bytes.txt: binary content (NUL byte at offset"),
                        r -> assertThat(r).startsWith("latin1-not-utf8.txt: invalid UTF-8"),
                        r -> assertThat(r).startsWith("title-only.txt: has a title line but no body"),
                        r -> assertThat(r).startsWith("truncated-gzip.jsonl.gz: corrupt or truncated gzip"));
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.nothingProcessed()).isFalse();
    }

    @Test
    void onlyBadInputMeansNothingProcessed(@TempDir Path tmp) {
        IngestSummary summary = ingest.ingest(List.of(tmp.resolve("nope.jsonl"), fixture("empty.txt")));
        assertThat(summary.nothingProcessed()).isTrue();
        assertThat(summary.rejections()).hasSize(2);
    }

    @Test
    void foldersAreReadRecursivelyAndHiddenFilesSkipped(@TempDir Path tmp) throws Exception {
        Path nested = Files.createDirectories(tmp.resolve("reuters/2025"));
        Files.writeString(nested.resolve("a.txt"), "Title A\n\nBody A.");
        Files.writeString(tmp.resolve("b.txt"), "Title B\n\nBody B.");
        Files.writeString(tmp.resolve(".hidden.txt"), "Hidden\n\nNo.");
        Files.writeString(tmp.resolve("README.md"), "ignored in folders");
        IngestSummary summary = ingest.ingest(List.of(tmp));
        assertThat(summary.files()).isEqualTo(2);
        assertThat(sink.articles).extracting(RawArticle::getTitle).containsExactlyInAnyOrder("Title A", "Title B");
        assertThat(sink.articles).extracting(RawArticle::getSource).contains("2025");
    }

    @Test
    void futureDatesAreClampedToNow(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("future.jsonl");
        Files.writeString(file, "{\"title\":\"From the future\",\"body\":\"x\",\"publishedAt\":\"2099-01-01T00:00:00Z\"}\n");
        ingest.ingest(List.of(file));
        assertThat(only().getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void savedFeedFilesAreReadAndHostileOnesRejected() throws Exception {
        Path rss = Path.of(ArchiveIngestTest.class.getResource("/feed/rss2-with-content-encoded.xml").toURI());
        Path xxe = Path.of(ArchiveIngestTest.class.getResource("/feed/xxe-external-entity-file-etc-passwd.xml").toURI());
        IngestSummary summary = ingest.ingest(List.of(rss, xxe));
        assertThat(sink.articles).extracting(RawArticle::getTitle)
                .containsExactly("Ministers agree & sign climate pact", "Short summary only");
        assertThat(sink.articles.get(0).getSource()).isEqualTo("Example World News");
        assertThat(sink.articles.get(0).getFeedUrl()).isNull();
        assertThat(summary.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("uses the entity &xxe; which only its DOCTYPE declares"));
    }
}
