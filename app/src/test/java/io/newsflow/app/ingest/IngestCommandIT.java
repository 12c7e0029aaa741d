package io.newsflow.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.testkit.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandIT {
    private int run(ByteArrayOutputStream out, String... args) {
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return Newsflow.commandLine().execute(args);
        } finally {
            System.setOut(previous);
        }
    }

    @Test
    void archiveLoadPublishesGoodFilesAndReportsBadOnesWithPathAndLine(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("story.txt"), "A headline\n\nFirst paragraph.\n\nSecond paragraph.\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path lines = Files.writeString(dir.resolve("lines.jsonl"),
                "{\"url\":\"https://x.example/1\",\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"2025-01-01T00:00:00Z\"}\nnot json\n");
        String prefix = TestServices.uniquePrefix();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, "ingest", "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                "--set", "registry.url=" + TestServices.registryUrl(), "--set", "topic.prefix=" + prefix,
                "--input", good.toString(), empty.toString(), lines.toString(), dir.resolve("missing.txt").toString());
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("published 2").contains("empty.txt: empty file").contains("lines.jsonl:2: not JSON")
                .contains("missing.txt: no such file or directory");
    }

    @Test
    void onlyBadInputExitsNonZero(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, "ingest", "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                "--set", "registry.url=" + TestServices.registryUrl(), "--set", "topic.prefix=" + TestServices.uniquePrefix(),
                "--input", dir.resolve("missing.txt").toString());
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void feedsOncePublishesAndASecondRunRepublishesNothing(@TempDir Path dir) throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 16);
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>https://l.example/</link>"
                + "<description>d</description><item><title>Local story</title><link>https://l.example/story</link>"
                + "<description>" + "A long enough body for the article. ".repeat(30) + "</description>"
                + "<pubDate>Mon, 24 Nov 2025 10:00:00 GMT</pubDate></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/rss", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, rss.length);
            try (var out = ex.getResponseBody()) {
                out.write(rss);
            }
        });
        server.start();
        try {
            Path list = Files.writeString(dir.resolve("feeds.txt"), "# one feed\nhttp://127.0.0.1:" + server.getAddress().getPort() + "/rss\n");
            String[] args = {"ingest", "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                    "--set", "registry.url=" + TestServices.registryUrl(), "--set", "topic.prefix=" + TestServices.uniquePrefix(),
                    "--set", "ingest.host.delay=0ms", "--feeds", list.toString(), "--once"};
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            assertThat(run(first, args)).isZero();
            assertThat(first.toString(StandardCharsets.UTF_8)).contains("polled 1 feeds: 1 ok").contains("published 1 articles");
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            assertThat(run(second, args)).isZero();
            assertThat(second.toString(StandardCharsets.UTF_8)).contains("published 0 articles").contains("duplicates 1");
        } finally {
            server.stop(0);
        }
    }
}
