package io.newsflow.app;

import io.newsflow.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every command shares to build its {@link Settings}: a configuration file, then
 * {@code NEWSFLOW_*} environment variables, then {@code --set key=value} pairs.
 */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with newsflow settings (kafka.*, registry.url, topic.prefix, ...).")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Sets one configuration key, winning over the file and the environment. Repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The settings of this invocation, with {@code extra} (from command options) on top. */
    public Settings settings(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return Settings.load(configFile, System.getenv(), all);
    }
}
