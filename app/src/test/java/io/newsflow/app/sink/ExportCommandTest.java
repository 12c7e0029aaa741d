package io.newsflow.app.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.Newsflow;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow export} on a data directory: JSON lines on stdout, a clear sentence when there is no store. */
class ExportCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void printsOneJsonLinePerStoredArticle() throws Exception {
        try (Database database = Database.open(Database.sqliteUrl(dataDir))) {
            new StoreWriter(database).write(StoreBatch.ofArticles(new BenchArticles(7).generate(3)));
        }

        Run run = run("export", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isZero();
        String[] lines = run.stdout().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("bench-0");
        assertThat(first.get("publishedAt").asText()).isEqualTo("2025-12-01T00:00:00Z");
        assertThat(first.get("language").asText()).isEqualTo("en");
        assertThat(first.get("enrichmentVersion").asInt()).isEqualTo(1);
        assertThat(first.get("entities")).hasSize(8);
        assertThat(first.get("entities").get(0).fieldNames()).toIterable().containsExactly("name", "type", "id", "mentions");
    }

    @Test
    void saysWhereTheStoreIsMissingInsteadOfCreatingOne() throws Exception {
        Run run = run("export", "--data-dir", dataDir.resolve("nothing-here").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("There is no store at " + dataDir.resolve("nothing-here").resolve("newsflow.db"));
        assertThat(dataDir.resolve("nothing-here")).doesNotExist();
    }

    @Test
    void refusesAnUnknownKindOfExport() throws Exception {
        Run run = run("export", "--data-dir", dataDir.toString(), "--what", "entities");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("Cannot export 'entities': choose articles or alerts.");
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine commandLine = Newsflow.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            int code = commandLine.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }
}
