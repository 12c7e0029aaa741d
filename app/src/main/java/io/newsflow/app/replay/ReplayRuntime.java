package io.newsflow.app.replay;

import io.newsflow.app.run.EmbeddedConfig;
import io.newsflow.app.run.EmbeddedInfrastructure;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/**
 * Where a replay runs: the configured cluster, or, with {@code --data-dir} and no
 * {@code kafka.bootstrap.servers}, the embedded broker and registry of that directory, started here. The
 * embedded broker locks its directory, so a replay on it runs while {@code newsflow run} is stopped.
 */
final class ReplayRuntime implements AutoCloseable {
    private final Settings settings;
    private final EmbeddedInfrastructure embedded;
    private final NewsflowSerdes serdes;

    private ReplayRuntime(Settings settings, EmbeddedInfrastructure embedded, NewsflowSerdes serdes) {
        this.settings = settings;
        this.embedded = embedded;
        this.serdes = serdes;
    }

    static ReplayRuntime start(Settings configured, Path dataDir) {
        EmbeddedInfrastructure embedded = null;
        Settings settings = configured;
        if (dataDir != null && !configured.has("kafka.bootstrap.servers")) {
            embedded = EmbeddedInfrastructure.start(dataDir, EmbeddedConfig.from(configured));
            settings = configured.with(embedded.settings(), "embedded runtime");
        }
        try {
            ClusterConfig cluster = ClusterConfig.from(settings);
            try (Admin admin = Admin.create(cluster.clientProperties())) {
                new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
            }
            SchemaRegistryClient registry = new SchemaRegistryClient(cluster.registryUrl(), cluster.registry());
            new SchemaRegistrar(registry).registerAll(cluster.topics());
            return new ReplayRuntime(settings, embedded, new NewsflowSerdes(registry));
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    Settings settings() {
        return settings;
    }

    /** Whether this replay runs on the embedded broker of a data directory (no live sink runs meanwhile). */
    boolean embedded() {
        return embedded != null;
    }

    NewsflowSerdes serdes() {
        return serdes;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
