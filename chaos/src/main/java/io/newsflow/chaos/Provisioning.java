package io.newsflow.chaos;

import io.newsflow.config.ClusterConfig;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import io.newsflow.schemas.topic.TopicProvisioner;

/** Creates a scenario's topics and registers its schemas, as {@code newsflow run} does at start-up. */
public final class Provisioning {
    private Provisioning() {
    }

    public static SchemaRegistryClient provision(ClusterConfig cluster) {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(cluster.registryUrl(), cluster.registry());
        new SchemaRegistrar(registry).registerAll(cluster.topics());
        return registry;
    }
}
