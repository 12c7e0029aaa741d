package io.newsflow.schemas.registry;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topic.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the value schema of every topic of the catalogue at start-up.
 *
 * <p>Why at start-up and not lazily by the first serializer: an incompatible contract (a new field
 * without a default, a changed type) must stop newsflow before it consumes or produces anything,
 * with a message naming the subject and what is incompatible. The registry is the judge (it knows
 * the subject's compatibility level and history); Avro's own
 * {@code SchemaCompatibility.checkReaderWriterCompatibility} explains its verdict in words, because
 * registries give terse reasons ("y at /fields/1").
 */
public final class SchemaRegistrar {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistrar.class);

    private final SchemaRegistryClient client;

    public SchemaRegistrar(SchemaRegistryClient client) {
        this.client = client;
    }

    /** Which schema each topic's values carry; the dead-letter topic has none (it holds raw bytes). */
    public static Map<String, Schema> valueSchemas(Topics topics) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(topics.raw(), RawArticle.getClassSchema());
        schemas.put(topics.enriched(), EnrichedArticle.getClassSchema());
        schemas.put(topics.alertRules(), AlertRule.getClassSchema());
        schemas.put(topics.alerts(), Alert.getClassSchema());
        schemas.put(topics.entityTrends(), EntityTrend.getClassSchema());
        schemas.put(topics.feedState(), FeedState.getClassSchema());
        return schemas;
    }

    /**
     * Registers every value schema of the catalogue under {@code <topic>-value}.
     *
     * @return subject to schema id, in catalogue order
     * @throws SchemaRegistryException error code 409 naming the subject and the incompatibility,
     *     or the registry's own failure (unreachable: naming its URL)
     */
    public Map<String, Integer> registerAll(Topics topics) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> entry : valueSchemas(topics).entrySet()) {
            String subject = entry.getKey() + "-value";
            ids.put(subject, register(subject, entry.getValue()));
        }
        return ids;
    }

    /** Registers one schema under one subject after testing that the registry will accept it. */
    public int register(String subject, Schema schema) {
        CompatibilityResult verdict = client.testCompatibility(subject, schema);
        if (!verdict.compatible()) {
            throw incompatible(subject, schema, verdict.reasons());
        }
        int id;
        try {
            id = client.register(subject, schema);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() != SchemaRegistryException.INCOMPATIBLE_SCHEMA) {
                throw e;
            }
            throw incompatible(subject, schema, List.of(e.getMessage()));
        }
        LOG.info("Schema {} registered under subject {} with id {}", schema.getFullName(), subject, id);
        return id;
    }

    private SchemaRegistryException incompatible(String subject, Schema schema, List<String> registryReasons) {
        List<String> explained = new ArrayList<>();
        try {
            Schema registered = client.latest(subject).schema();
            Incompatibilities.explain(schema, registered).forEach(
                    i -> explained.add(i + " (new code could not read records already written)"));
            Incompatibilities.explain(registered, schema).forEach(
                    i -> explained.add(i + " (code still running could not read the new records)"));
        } catch (SchemaRegistryException e) {
            // no latest version to compare with: the registry's reasons must do
        }
        String reasons = explained.isEmpty()
                ? registryReasons.stream().filter(r -> r != null && !r.isBlank()).collect(Collectors.joining("; "))
                : String.join("; ", explained);
        String message = "Schema " + schema.getFullName() + " is incompatible with the latest version registered under subject '"
                + subject + "' at " + client.url() + (reasons.isEmpty() ? "" : ": " + reasons)
                + ". Give every new field a default and do not change field types.";
        return new SchemaRegistryException(message, client.url(), 409, SchemaRegistryException.INCOMPATIBLE_SCHEMA, null);
    }
}
