package io.newsflow.app.sink;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.Settings;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.export.StoreExport;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.Dialect;
import io.newsflow.sink.jdbc.StoreException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow export}: prints the store as JSON lines, one stored article (or alert) per line, so
 * the result of a run can be checked, diffed and piped without a database client.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Prints stored articles (with their entities) or alerts as JSON lines on standard output.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory whose store to read (<DIR>/newsflow.db). Default: ~/.newsflow.")
    Path dataDir;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Store to read instead, e.g. jdbc:postgresql://HOST:5432/DB?user=U (default: SQLite under the data directory).")
    String jdbcUrl;

    @Option(names = "--what", paramLabel = "articles|alerts", defaultValue = "articles",
            description = "What to print: articles (default) or alerts.")
    String what;

    @Override
    public Integer call() {
        StoreExport.What kind;
        try {
            kind = StoreExport.What.of(what);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        Map<String, String> extra = new HashMap<>();
        if (dataDir != null) {
            extra.put(SinkConfig.DATA_DIR, dataDir.toString());
        }
        if (jdbcUrl != null) {
            extra.put(SinkConfig.JDBC_URL, jdbcUrl);
        }
        Settings settings = config.settings(extra);
        String url = SinkConfig.jdbcUrl(settings);
        if (Dialect.of(url) == Dialect.SQLITE && !settings.has(SinkConfig.JDBC_URL)) {
            Path file = SinkConfig.dataDir(settings).resolve("newsflow.db");
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("There is no store at " + file
                        + ": run `newsflow run --data-dir " + file.getParent() + "` first, or name one with --jdbc.");
            }
        }
        try (Database database = Database.open(url)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            new StoreExport(database).writeJsonLines(kind, out);
            return 0;
        } catch (StoreException e) {
            throw new UserFacingException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new UserFacingException("Cannot read the store at " + url.replaceAll("(?i)(password=)[^&;]*", "$1****")
                    + ": " + e.getMessage(), e);
        }
    }
}
