package io.newsflow.enrich.topology;

import io.newsflow.schemas.topic.DeadLetterHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.DedupPolicy;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.fixture.TopologyFixture;
import io.newsflow.enrich.fixture.WireFormatTestSerde;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-28T09:15:00Z");

    @TempDir
    Path stateDir;
    private final KnownNamesEnricher enricher = new KnownNamesEnricher();
    private TopologyFixture fixture;

    @BeforeEach
    void start() {
        fixture = new TopologyFixture(enricher, DedupPolicy.defaults(), 5_000, List.of(), stateDir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void publishesEnrichedArticleKeyedByIdAtItsPublicationTime() {
        RawArticle raw = Articles.raw("a1", Articles.PORT_STRIKE, PUBLISHED);
        fixture.raw().pipeInput("a1", raw, PUBLISHED.plusSeconds(300));

        TestRecord<String, EnrichedArticle> out = fixture.enriched().readRecord();
        assertThat(out.key()).isEqualTo("a1");
        assertThat(out.getRecordTime()).isEqualTo(PUBLISHED);
        assertThat(out.value().getEnrichmentVersion()).isEqualTo(1);
        assertThat(out.value().getDuplicateOf()).isNull();
        assertThat(out.value().getTruncated()).isFalse();
        assertThat(out.value().getEntities()).extracting(e -> e.getId()).contains("geonames:2747891", "org:fnv");
        assertThat(fixture.deadLetters().isEmpty()).isTrue();
    }

    @Test
    void sendsUnreadableRecordsToDeadLettersWithReasonAndPositionAndEnrichesTheNext() {
        byte[] good = TopologyFixture.SERDES.rawArticle().serializer()
                .serialize("news.raw", Articles.raw("ok", Articles.FLOOD, PUBLISHED));
        byte[] randomBytes = new byte[64];
        new Random(42).nextBytes(randomBytes);
        randomBytes[0] = 3;
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 1;
        byte[] unknownSchema = good.clone();
        ByteBuffer.wrap(unknownSchema, 1, 4).putInt(WireFormatTestSerde.SCHEMA_ID + 100);
        byte[] truncated = Arrays.copyOf(good, good.length / 2);

        var bytes = fixture.rawBytes();
        bytes.pipeInput("random", randomBytes);
        bytes.pipeInput("magic", wrongMagic);
        bytes.pipeInput("schema", unknownSchema);
        bytes.pipeInput("truncated", truncated);
        bytes.pipeInput("ok", good);

        assertThat(fixture.enriched().readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ok");
        var dead = fixture.deadLetters().readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("random", "magic", "schema", "truncated");
        assertThat(dead).extracting(r -> r.value().length)
                .containsExactly(randomBytes.length, wrongMagic.length, unknownSchema.length, truncated.length);
        assertThat(header(dead.get(1), DeadLetterHeaders.MESSAGE)).contains("magic byte");
        assertThat(header(dead.get(2), DeadLetterHeaders.MESSAGE)).contains("Unknown schema id");
        for (int i = 0; i < dead.size(); i++) {
            TestRecord<byte[], byte[]> record = dead.get(i);
            assertThat(header(record, DeadLetterHeaders.STAGE)).isEqualTo(DeadLetterDeserializationHandler.STAGE);
            assertThat(header(record, DeadLetterHeaders.EXCEPTION)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
            assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo("news.raw");
            assertThat(header(record, DeadLetterHeaders.PARTITION)).isEqualTo("0");
            assertThat(header(record, DeadLetterHeaders.OFFSET)).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void sendsArticleTheEnricherRejectsToDeadLettersAndEnrichesTheNext() {
        RawArticle poison = Articles.raw("bad", "Markets " + KnownNamesEnricher.POISON, "Body of a bad one.", PUBLISHED);
        fixture.raw().pipeInput("bad", poison);
        fixture.raw().pipeInput("good", Articles.raw("good", Articles.FLOOD, PUBLISHED));

        assertThat(fixture.enriched().readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
        TestRecord<byte[], byte[]> dead = fixture.deadLetters().readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
        assertThat(TopologyFixture.SERDES.rawArticle().deserializer().deserialize("news.raw", dead.value())).isEqualTo(poison);
        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo(EnrichTopology.ENRICH);
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).contains("the analysis choked on it");
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo("news.raw");
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(fixture.deadLetters().isEmpty()).isTrue();
    }

    @Test
    void sendsArticleWhoseResultCannotBeWrittenToDeadLettersAndEnrichesTheNext() {
        var raw = TopologyFixture.TOPICS.raw();
        ArticleEnricher leavesLanguageEmpty = (article, version) -> {
            EnrichedArticle result = enricher.enrich(article, version);
            if (article.getId().equals("empty")) {
                result.setLanguage(null); // a required field: Avro refuses to write it
            }
            return result;
        };
        try (TopologyFixture broken = new TopologyFixture(leavesLanguageEmpty, DedupPolicy.defaults(), 5_000, List.of(),
                stateDir.resolve("broken"))) {
            broken.raw().pipeInput("empty", Articles.raw("empty", Articles.FLOOD, PUBLISHED));
            broken.raw().pipeInput("fine", Articles.raw("fine", Articles.PORT_STRIKE, PUBLISHED));

            assertThat(broken.enriched().readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("fine");
            TestRecord<byte[], byte[]> dead = broken.deadLetters().readRecord();
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("empty");
            assertThat(header(dead, DeadLetterHeaders.STAGE)).startsWith("serialize:");
            assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(raw);
        }
    }

    @Test
    void analysesOversizedArticleTruncatedAndFlagsIt() {
        String body = "Rotterdam port news in a very long report. ".repeat(400);
        fixture.raw().pipeInput("long", Articles.raw("long", "A long one", body, PUBLISHED));

        EnrichedArticle out = fixture.enriched().readValue();
        assertThat(out.getTruncated()).isTrue();
        assertThat(out.getBody().length()).isLessThanOrEqualTo(5_000).isGreaterThan(4_800);
        assertThat(body).startsWith(out.getBody());
    }

    @Test
    void ignoresTombstonesInRaw() {
        fixture.raw().pipeInput("gone", (RawArticle) null);
        assertThat(fixture.enriched().isEmpty()).isTrue();
        assertThat(fixture.deadLetters().isEmpty()).isTrue();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return DeadLetterHeaders.text(record.headers(), name);
    }
}
