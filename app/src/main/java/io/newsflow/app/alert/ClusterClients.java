package io.newsflow.app.alert;

import io.newsflow.config.ClusterConfig;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.config.Settings;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.time.Clock;
import java.time.Duration;

/**
 * What the alert commands need to reach a cluster: its configuration and the registry-backed serdes.
 *
 * @param cluster bootstrap servers, client security, topics
 * @param serdes value serdes over one registry client
 */
record ClusterClients(ClusterConfig cluster, NewsflowSerdes serdes) {

    static ClusterClients from(Settings settings) {
        ClusterConfig cluster = ClusterConfig.from(settings);
        return new ClusterClients(cluster, new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry())));
    }

    RuleAdmin ruleAdmin() {
        return new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                Clock.systemUTC(), Duration.ofSeconds(30));
    }
}
