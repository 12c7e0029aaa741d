package io.newsflow.schemas.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.fingerprint.SimHashHex;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * Every value newsflow writes must read the same in JavaScript, Python and Go as in Java. These tests pin the
 * audit of the README's "Reading the topics from other languages": which Avro constructs the contracts use, and
 * the one change that was needed (the fingerprint, a long of 64 random bits, became {@code simHashHex}).
 */
class PortableContractsTest {
    /** Longs that are counts or durations: far below 2^53, exact in every reader. */
    private static final Set<String> SMALL_COUNTS = Set.of("EntityTrend.articles", "EntityTrend.mentions", "EntityTrend.copies",
            "FeedState.intervalSeconds");
    private static final long BEYOND_2_POW_53 = 0xF00DF00DF00DF00DL;

    private static Schema beforeSimHashHex() throws IOException {
        try (InputStream in = PortableContractsTest.class.getResourceAsStream("/history/EnrichedArticle-before-simHashHex.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void noLongInAnyContractCarriesMoreThan53Bits() {
        List<String> longs = new ArrayList<>();
        forEachField((record, field, schema) -> {
            if (schema.getType() == Schema.Type.LONG && !(schema.getLogicalType() instanceof LogicalTypes.TimestampMillis)) {
                longs.add(record.getName() + "." + field.name());
            }
        });
        assertThat(longs).as("plain longs (JavaScript readers refuse values beyond 2^53): only small counts")
                .allMatch(SMALL_COUNTS::contains);
    }

    @Test
    void everyUnionIsAnOptionalValueWithNullFirstAndNullDefault() {
        List<String> unions = new ArrayList<>();
        forEachField((record, field, schema) -> {
            if (schema.getType() == Schema.Type.UNION) {
                unions.add(record.getName() + "." + field.name());
                assertThat(schema.getTypes()).as(record.getName() + "." + field.name()).hasSize(2);
                assertThat(schema.getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
            }
        });
        assertThat(unions).contains("EnrichedArticle.tone", "FeedState.lastFetchAt");
    }

    @Test
    void everyEnumHasADefaultForSymbolsAReaderDoesNotKnow() {
        forEachField((record, field, schema) -> {
            if (schema.getType() == Schema.Type.ENUM) {
                assertThat(schema.getEnumDefault()).as(schema.getFullName()).isNotNull();
            }
        });
    }

    @Test
    void mapsAndFixedAreNotUsedBeyondStringMaps() {
        forEachField((record, field, schema) -> {
            assertThat(schema.getType()).as(record.getName() + "." + field.name()).isNotEqualTo(Schema.Type.FIXED)
                    .isNotEqualTo(Schema.Type.BYTES).isNotEqualTo(Schema.Type.FLOAT);
            if (schema.getType() == Schema.Type.MAP) {
                assertThat(schema.getValueType().getType()).isEqualTo(Schema.Type.STRING);
            }
        });
    }

    @Test
    void theFingerprintChangeIsBackwardAndForwardCompatible() throws IOException {
        Schema before = beforeSimHashHex();
        Schema now = EnrichedArticle.getClassSchema();
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(now, before).getType())
                .as("new code reads records written before the change")
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(before, now).getType())
                .as("code still running reads the new records (simHash falls back to its default 0)")
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(now.getField("simHash")).isNull();
        assertThat(now.getField("simHashHex").defaultVal()).isEqualTo(SimHashHex.UNKNOWN);
    }

    @Test
    void anArticleWrittenBeforeTheChangeStillDecodesWithEverythingButTheOldFingerprint() throws IOException {
        Schema before = beforeSimHashHex();
        GenericData.Record old = new GenericRecordBuilder(before)
                .set("id", "a1").set("title", "Port strike spreads").set("body", "Dockers walked out.")
                .set("source", "Wire").set("publishedAt", Instant.parse("2025-12-02T10:00:00Z").toEpochMilli())
                .set("contentHash", "ab").set("enrichmentVersion", 1)
                .set("enrichedAt", Instant.parse("2025-12-02T10:00:05Z").toEpochMilli()).set("language", "en")
                .set("simHash", BEYOND_2_POW_53)
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericData.Record>(before).write(old, encoder);
        encoder.flush();

        EnrichedArticle read = new SpecificDatumReader<EnrichedArticle>(before, EnrichedArticle.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

        assertThat(read.getId()).isEqualTo("a1");
        assertThat(read.getTitle()).isEqualTo("Port strike spreads");
        assertThat(read.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T10:00:00Z"));
        assertThat(read.getSimHashHex()).isEqualTo(SimHashHex.UNKNOWN);
    }

    private interface FieldVisitor {
        void visit(Schema record, Schema.Field field, Schema schema);
    }

    /** Visits every field of every contract, descending into unions, arrays, maps and nested records. */
    private static void forEachField(FieldVisitor visitor) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        for (Schema schema : SchemaRegistrar.valueSchemas(Topics.defaults()).values()) {
            walkRecord(schema, visitor, seen);
        }
    }

    private static void walkRecord(Schema record, FieldVisitor visitor, Map<Schema, Boolean> seen) {
        if (seen.put(record, true) != null) {
            return;
        }
        for (Schema.Field field : record.getFields()) {
            walk(record, field, field.schema(), visitor, seen);
        }
    }

    private static void walk(Schema record, Schema.Field field, Schema schema, FieldVisitor visitor, Map<Schema, Boolean> seen) {
        visitor.visit(record, field, schema);
        switch (schema.getType()) {
            case UNION -> schema.getTypes().forEach(t -> walk(record, field, t, visitor, seen));
            case ARRAY -> walk(record, field, schema.getElementType(), visitor, seen);
            case MAP -> walk(record, field, schema.getValueType(), visitor, seen);
            case RECORD -> walkRecord(schema, visitor, seen);
            default -> { }
        }
    }
}
