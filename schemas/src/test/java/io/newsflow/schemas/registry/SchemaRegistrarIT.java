package io.newsflow.schemas.registry;

import static io.newsflow.schemas.registry.RegistryForTests.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsflow.schemas.topic.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Start-up registration of the whole catalogue against a real registry, and the refusal of incompatible contracts. */
class SchemaRegistrarIT {
    private final SchemaRegistryClient client = new SchemaRegistryClient(RegistryForTests.url(), Map.of());
    private final Topics topics = new Topics("it" + UUID.randomUUID().toString().substring(0, 8) + ".", 1, Duration.ofDays(1));

    @Test
    void registersTheValueSchemaOfEveryTopicButTheDeadLetterTopic() {
        Map<String, Integer> ids = new SchemaRegistrar(client).registerAll(topics);

        assertThat(ids.keySet()).containsExactly(topics.raw() + "-value", topics.enriched() + "-value",
                topics.alertRules() + "-value", topics.alerts() + "-value", topics.entityTrends() + "-value",
                topics.feedState() + "-value");
        assertThat(client.subjects()).containsAll(ids.keySet()).doesNotContain(topics.deadLetters() + "-value");
        ids.forEach((subject, id) -> assertThat(client.schemaById(id).getFullName())
                .isEqualTo(SchemaRegistrar.valueSchemas(topics).get(subject.replaceAll("-value$", "")).getFullName()));
    }

    @Test
    void registeringAgainAtTheNextStartGivesTheSameIds() {
        Map<String, Integer> first = new SchemaRegistrar(client).registerAll(topics);

        SchemaRegistryClient nextProcess = new SchemaRegistryClient(RegistryForTests.url(), Map.of());
        assertThat(new SchemaRegistrar(nextProcess).registerAll(topics)).isEqualTo(first);
    }

    @Test
    void acceptsACompatibleNewVersion() {
        new SchemaRegistrar(client).registerAll(topics);
        String subject = topics.raw() + "-value";
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        int id = new SchemaRegistrar(client).register(subject, fixture("raw-article-v2-new-field-with-default.avsc"));

        assertThat(client.latest(subject)).extracting(RegisteredSchema::id, RegisteredSchema::version).containsExactly(id, 2);
    }

    @Test
    void refusesANewFieldWithoutDefaultNamingTheSubjectAndTheField() {
        new SchemaRegistrar(client).registerAll(topics);
        String subject = topics.raw() + "-value";
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> new SchemaRegistrar(client).register(subject, fixture("raw-article-v2-new-field-without-default.avsc")));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
        assertThat(e.getMessage()).contains("subject '" + subject + "'", "reader field 'paywalled' has no default");
        assertThat(client.versions(subject)).as("nothing was registered").containsExactly(1);
    }

    @Test
    void refusesAChangedFieldTypeNamingTheSubject() {
        new SchemaRegistrar(client).registerAll(topics);
        String subject = topics.raw() + "-value";
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> new SchemaRegistrar(client).register(subject, fixture("raw-article-v2-revision-as-string.avsc")));

        assertThat(e.getMessage()).contains("subject '" + subject + "'", "type changed", "/fields/18");
    }

    @Test
    void startUpFailsWhenTheRegisteredContractCannotBeReadByThisCode() {
        String subject = topics.raw() + "-value";
        client.register(subject, fixture("raw-article-v2-revision-as-string.avsc"));
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> new SchemaRegistrar(client).registerAll(topics));

        assertThat(e.getMessage()).contains("io.newsflow.schemas.avro.RawArticle", "subject '" + subject + "'", "type changed");
    }
}
