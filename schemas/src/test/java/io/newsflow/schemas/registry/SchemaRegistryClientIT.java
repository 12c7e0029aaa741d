package io.newsflow.schemas.registry;

import static io.newsflow.schemas.registry.RegistryForTests.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsflow.schemas.avro.RawArticle;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The client against a real registry (Apicurio's Confluent-compatible API), call by call. */
class SchemaRegistryClientIT {
    private static final Schema V1 = RawArticle.getClassSchema();

    private final SchemaRegistryClient client = new SchemaRegistryClient(RegistryForTests.url(), Map.of());
    private final String subject = "it-" + UUID.randomUUID() + "-value";

    @Test
    void registersLooksUpAndFetchesById() {
        int id = client.register(subject, V1);

        assertThat(client.register(subject, V1)).isEqualTo(id);
        SchemaRegistryClient fresh = new SchemaRegistryClient(RegistryForTests.url(), Map.of());
        assertThat(fresh.register(subject, V1)).as("registering again is idempotent").isEqualTo(id);
        assertThat(fresh.lookup(subject, V1)).isEqualTo(new RegisteredSchema(subject, id, 1, V1));
        assertThat(fresh.schemaById(id)).isEqualTo(V1);
        assertThat(fresh.latest(subject).id()).isEqualTo(id);
        assertThat(fresh.versions(subject)).containsExactly(1);
        assertThat(fresh.subjects()).contains(subject);
    }

    @Test
    void testsCompatibilityAgainstTheLatestVersion() {
        client.register(subject, V1);
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        assertThat(client.testCompatibility(subject, fixture("raw-article-v2-new-field-with-default.avsc")).compatible()).isTrue();
        CompatibilityResult refused = client.testCompatibility(subject, fixture("raw-article-v2-new-field-without-default.avsc"));
        assertThat(refused.compatible()).isFalse();
        assertThat(String.join(" ", refused.reasons())).contains("paywalled");
    }

    @Test
    void aNewSubjectAcceptsAnySchema() {
        assertThat(client.testCompatibility(subject, V1).compatible()).isTrue();
    }

    @Test
    void registeringAnIncompatibleSchemaIsError409() {
        client.register(subject, V1);
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> client.register(subject, fixture("raw-article-v2-new-field-without-default.avsc")));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
        assertThat(e.getMessage()).contains("'" + subject + "'", RegistryForTests.url());
    }

    @Test
    void setsAndReadsTheSubjectsCompatibilityLevel() {
        client.register(subject, V1);

        client.setSubjectCompatibility(subject, CompatibilityLevel.FULL);

        assertThat(client.subjectCompatibility(subject)).isEqualTo(CompatibilityLevel.FULL);
    }

    @Test
    void readsTheGlobalCompatibilityLevel() {
        // Apicurio answers NONE even when started with a global BACKWARD rule: only the call is specified here
        assertThat(client.globalCompatibility()).isNotNull();
    }

    @Test
    void unknownSchemaIdIs40403() {
        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(987_654_321));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
        assertThat(e.getMessage()).contains("schema id 987654321", RegistryForTests.url());
    }

    @Test
    void unknownSubjectIs40401() {
        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.latest(subject));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
        assertThat(e.getMessage()).contains("'" + subject + "'");
    }

    @Test
    void deletesASubject() {
        client.register(subject, V1);

        assertThat(client.deleteSubject(subject, false)).containsExactly(1);

        assertThat(client.subjects()).doesNotContain(subject);
    }
}
