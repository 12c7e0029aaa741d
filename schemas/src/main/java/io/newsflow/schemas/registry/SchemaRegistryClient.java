package io.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A client for the Confluent Schema Registry REST API (also served by Apicurio under
 * {@code /apis/ccompat/v7}), written on {@code java.net.http} and Jackson because Confluent's own
 * client is not available to us.
 *
 * <p>Answers that can never change are cached for the life of the client: the id a subject gave a
 * schema, the version a look-up found, and the schema behind an id. This is what lets running
 * serializers and deserializers survive a registry outage: every schema they have met once needs
 * the registry no more. Register and look-up caches are keyed by the subject and the exact
 * {@code Schema.toString()} (docs and defaults included), not by a fingerprint that ignores them,
 * because the registry stores and compares the text. New look-ups retry transient failures (no
 * answer, 5xx) with a bounded, doubling back-off, then fail with a message naming the URL.
 *
 * <p>Properties (the {@code registry.*} settings without the prefix): {@code basic.auth.user.info}
 * ({@code user:password}), {@code ssl.truststore.location}, {@code ssl.truststore.password},
 * {@code ssl.truststore.type} (default PKCS12), {@code connect.timeout.ms} (5000),
 * {@code request.timeout.ms} (15000), {@code retry.max.attempts} (4), {@code retry.backoff.ms} (200),
 * {@code retry.backoff.max.ms} (2000). Credentials may also come as {@code https://user:pw@host}.
 * Secrets never appear in messages, logs or {@link #toString()}. Thread-safe.
 */
public final class SchemaRegistryClient {
    private final RegistryTransport transport;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookedUp = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();

    /**
     * @param baseUrl the registry's Confluent-compatible base URL, e.g. {@code http://127.0.0.1:8081}
     *     or Apicurio's {@code http://127.0.0.1:8080/apis/ccompat/v7}
     * @param props client properties (see the class comment); unknown keys are ignored
     * @throws io.newsflow.config.ConfigException when the URL or a property is wrong
     */
    public SchemaRegistryClient(String baseUrl, Map<String, String> props) {
        this.transport = new RegistryTransport(baseUrl, RegistryClientOptions.from(props), json);
    }

    /** The base URL, without credentials. */
    public String url() {
        return transport.baseUrl();
    }

    /**
     * Registers the schema under the subject (or finds it registered already) and returns its id.
     * A 409 means the subject's compatibility rule refused it.
     */
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        Integer cached = registered.get(key);
        if (cached != null) {
            return cached;
        }
        int id;
        try {
            JsonNode answer = transport.send("POST", "/subjects/" + RegistryTransport.segment(subject) + "/versions",
                    Map.of("schema", key.schema()), "register a schema under subject '" + subject + "'");
            id = requiredInt(answer, "id", "register a schema under subject '" + subject + "'");
        } catch (SchemaRegistryException e) {
            // Two registrations of the same new subject racing (two stream threads creating a store's
            // changelog subject) make Apicurio answer 409 "already exists" to the loser, although the
            // schema is now registered: if a lookup finds it, that is the answer, else the 409 stands.
            if (e.status() != 409) {
                throw e;
            }
            try {
                id = lookup(subject, schema).id();
            } catch (SchemaRegistryException lookupFailure) {
                throw e;
            }
        }
        registered.put(key, id);
        byId.putIfAbsent(id, schema);
        return id;
    }

    /**
     * Finds the version of the subject that holds exactly this schema, without registering it.
     * Throws with error code 40401 (no such subject) or 40403 (not registered under it).
     */
    public RegisteredSchema lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        RegisteredSchema cached = lookedUp.get(key);
        if (cached != null) {
            return cached;
        }
        String what = "look up a schema under subject '" + subject + "'";
        JsonNode answer = transport.send("POST", "/subjects/" + RegistryTransport.segment(subject),
                Map.of("schema", key.schema()), what);
        RegisteredSchema found = new RegisteredSchema(subject, requiredInt(answer, "id", what),
                requiredInt(answer, "version", what), schema);
        lookedUp.put(key, found);
        byId.putIfAbsent(found.id(), schema);
        return found;
    }

    /** The schema behind an id; cached forever, since an id never changes meaning. Error code 40403 when unknown. */
    public Schema schemaById(int id) {
        Schema cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        String what = "fetch schema id " + id;
        JsonNode answer = transport.send("GET", "/schemas/ids/" + id, null, what);
        Schema schema = parse(requiredText(answer, "schema", what), answer, what);
        Schema previous = byId.putIfAbsent(id, schema);
        return previous != null ? previous : schema;
    }

    /** The latest version of the subject (not cached: it changes). Error code 40401 when the subject is unknown. */
    public RegisteredSchema latest(String subject) {
        return version(subject, "latest");
    }

    /** One version of the subject, by number or {@code latest}. */
    public RegisteredSchema version(String subject, String version) {
        String what = "fetch version " + version + " of subject '" + subject + "'";
        JsonNode answer = transport.send("GET", "/subjects/" + RegistryTransport.segment(subject) + "/versions/"
                + RegistryTransport.segment(version), null, what);
        Schema schema = parse(requiredText(answer, "schema", what), answer, what);
        int id = requiredInt(answer, "id", what);
        byId.putIfAbsent(id, schema);
        return new RegisteredSchema(subject, id, requiredInt(answer, "version", what), schema);
    }

    /** The version numbers registered under the subject. */
    public List<Integer> versions(String subject) {
        return ints(transport.send("GET", "/subjects/" + RegistryTransport.segment(subject) + "/versions", null,
                "list the versions of subject '" + subject + "'"));
    }

    /**
     * Asks the registry whether the schema may be registered under the subject (compared with the
     * latest version, under the subject's compatibility level). A subject without versions accepts anything.
     */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer;
        try {
            answer = transport.send("POST", "/compatibility/subjects/" + RegistryTransport.segment(subject)
                            + "/versions/latest?verbose=true", Map.of("schema", schema.toString()),
                    "test a schema for compatibility with subject '" + subject + "'");
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return new CompatibilityResult(true, List.of());
            }
            throw e;
        }
        List<String> reasons = new ArrayList<>();
        answer.path("messages").forEach(m -> reasons.add(m.asText()));
        if (answer.hasNonNull("reason")) {
            reasons.add(answer.get("reason").asText());
        }
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), reasons);
    }

    /**
     * The registry-wide compatibility level. Apicurio answers NONE here even when its global rule
     * was set at start-up by system property, so do not trust this answer from Apicurio.
     */
    public CompatibilityLevel globalCompatibility() {
        return level(transport.send("GET", "/config", null, "read the global compatibility level"));
    }

    /** The subject's compatibility level, falling back to the global one when it has none of its own. */
    public CompatibilityLevel subjectCompatibility(String subject) {
        return level(transport.send("GET", "/config/" + RegistryTransport.segment(subject) + "?defaultToGlobal=true", null,
                "read the compatibility level of subject '" + subject + "'"));
    }

    public void setGlobalCompatibility(CompatibilityLevel level) {
        transport.send("PUT", "/config", Map.of("compatibility", level.name()), "set the global compatibility level to " + level);
    }

    public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        transport.send("PUT", "/config/" + RegistryTransport.segment(subject), Map.of("compatibility", level.name()),
                "set the compatibility level of subject '" + subject + "' to " + level);
    }

    /** Every subject the registry holds. */
    public List<String> subjects() {
        JsonNode answer = transport.send("GET", "/subjects", null, "list subjects");
        List<String> subjects = new ArrayList<>();
        answer.forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /**
     * Deletes the subject (Confluent: a soft delete; {@code permanent} removes it for good, after a soft
     * delete) and forgets what this client cached for it. Ids stay valid: records written with them can still be read.
     *
     * @return the versions deleted
     */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Integer> versions = ints(transport.send("DELETE", "/subjects/" + RegistryTransport.segment(subject)
                + (permanent ? "?permanent=true" : ""), null, "delete subject '" + subject + "'"));
        registered.keySet().removeIf(k -> k.subject().equals(subject));
        lookedUp.keySet().removeIf(k -> k.subject().equals(subject));
        return versions;
    }

    @Override
    public String toString() {
        return "SchemaRegistryClient[" + transport.baseUrl() + (transport.authenticates() ? ", basic auth" : "") + "]";
    }

    private Schema parse(String text, JsonNode answer, String what) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!type.equalsIgnoreCase("AVRO")) {
            throw new SchemaRegistryException("Schema Registry at " + url() + " answered to " + what + " with a " + type
                    + " schema; newsflow reads Avro only", url(), 200, SchemaRegistryException.INVALID_SCHEMA, null);
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema Registry at " + url() + " answered to " + what
                    + " with a schema that is not valid Avro: " + e.getMessage(), url(), 200,
                    SchemaRegistryException.INVALID_SCHEMA, e);
        }
    }

    private CompatibilityLevel level(JsonNode answer) {
        String text = answer.hasNonNull("compatibilityLevel") ? answer.get("compatibilityLevel").asText()
                : answer.path("compatibility").asText("");
        try {
            return CompatibilityLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException("Schema Registry at " + url() + " gave an unknown compatibility level '"
                    + text + "'", url(), 200, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL, e);
        }
    }

    private int requiredInt(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw missing(field, what);
        }
        return value.asInt();
    }

    private String requiredText(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual()) {
            throw missing(field, what);
        }
        return value.asText();
    }

    private SchemaRegistryException missing(String field, String what) {
        return new SchemaRegistryException("Schema Registry at " + url() + " answered to " + what + " without '" + field
                + "'; is this a Confluent-compatible endpoint (Apicurio: /apis/ccompat/v7)?", url(), 200, 200, null);
    }

    private static List<Integer> ints(JsonNode answer) {
        List<Integer> values = new ArrayList<>();
        answer.forEach(v -> values.add(v.asInt()));
        return values;
    }

    /** Cache key: the subject and the exact schema text the registry stores. */
    private record SubjectSchema(String subject, String schema) {
    }
}
