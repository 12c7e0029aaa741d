package io.newsflow.schemas.registry;

import static io.newsflow.schemas.registry.RegistryForTests.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** Avro's compatibility verdicts in words that name the field. */
class IncompatibilitiesTest {
    private static final Schema V1 = RawArticle.getClassSchema();

    @Test
    void aNewFieldWithADefaultReadsOldRecords() {
        assertThat(Incompatibilities.explain(fixture("raw-article-v2-new-field-with-default.avsc"), V1)).isEmpty();
        assertThat(Incompatibilities.explain(V1, fixture("raw-article-v2-new-field-with-default.avsc"))).isEmpty();
    }

    @Test
    void aNewFieldWithoutDefaultIsNamed() {
        assertThat(Incompatibilities.explain(fixture("raw-article-v2-new-field-without-default.avsc"), V1))
                .containsExactly("reader field 'paywalled' has no default at /fields/20");
    }

    @Test
    void aChangedTypeNamesTheField() {
        assertThat(Incompatibilities.explain(fixture("raw-article-v2-revision-as-string.avsc"), V1))
                .singleElement().asString()
                .startsWith("field 'revision': type changed (reader type: STRING not compatible with writer type: INT)");
    }

    @Test
    void aDifferentRecordIsANameChange() {
        assertThat(Incompatibilities.explain(V1, EnrichedArticle.getClassSchema())).first().asString().startsWith("name changed");
    }

    @Test
    void walksIntoNestedRecordsArraysAndUnions() {
        Schema schema = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"list\",\"type\":"
                + "[\"null\",{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}}]}]}");

        assertThat(Incompatibilities.fieldPath(schema, "/fields/0/type/1/items/fields/0/type")).isEqualTo("list.x");
    }
}
