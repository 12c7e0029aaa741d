package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.fixture.TopologyFixture;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final DedupPolicy POLICY = new DedupPolicy(Duration.ofDays(3), Duration.ofDays(30), 5);

    @TempDir
    Path stateDir;

    private Map<String, String> run(Path dir, List<RawArticle> input) {
        try (TopologyFixture fixture = new TopologyFixture(new KnownNamesEnricher(), POLICY, 100_000, List.of(), dir)) {
            var raw = fixture.raw();
            input.forEach(article -> raw.pipeInput(article.getId(), article));
            Map<String, String> duplicateOf = new LinkedHashMap<>();
            fixture.enriched().readRecordsToList().forEach(r -> duplicateOf.put(r.key(), String.valueOf(r.value().getDuplicateOf())));
            return duplicateOf;
        }
    }

    private static RawArticle copyOf(RawArticle article, String id, Instant publishedAt) {
        return RawArticle.newBuilder(article).setId(id).setUrl("https://other.example/" + id)
                .setPublishedAt(publishedAt).build();
    }

    @Test
    void sameContentUnderAnotherIdIsDuplicateOfTheFirst() {
        RawArticle first = Articles.raw("first", Articles.FLOOD, T0);
        Map<String, String> out = run(stateDir, List.of(first, copyOf(first, "mirror", T0.plusSeconds(60)),
                Articles.raw("other", Articles.PORT_STRIKE, T0.plusSeconds(90))));
        assertThat(out).containsExactly(Map.entry("first", "null"), Map.entry("mirror", "first"), Map.entry("other", "null"));
    }

    @Test
    void syndicatedCopyWithSmallEditsIsNearDuplicateOfTheWireStory() {
        Map<String, String> out = run(stateDir, List.of(
                Articles.raw("wire", Articles.PORT_STRIKE, T0),
                Articles.raw("flood", Articles.FLOOD, T0.plusSeconds(30)),
                Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(600))));
        assertThat(out).containsExactly(Map.entry("wire", "null"), Map.entry("flood", "null"), Map.entry("copy", "wire"));
    }

    @Test
    void copyOfACopyPointsAtTheFirstArticleOfTheStory() {
        RawArticle copy = Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(60));
        Map<String, String> out = run(stateDir, List.of(
                Articles.raw("wire", Articles.PORT_STRIKE, T0), copy, copyOf(copy, "copy-of-copy", T0.plusSeconds(120))));
        assertThat(out).containsEntry("copy", "wire").containsEntry("copy-of-copy", "wire");
    }

    @Test
    void nearDuplicatesPublishedFurtherApartThanTheWindowAreDifferentStories() {
        Map<String, String> out = run(stateDir, List.of(
                Articles.raw("wire", Articles.PORT_STRIKE, T0),
                Articles.raw("next-year", Articles.PORT_STRIKE_COPY, T0.plus(Duration.ofDays(4)))));
        assertThat(out).containsEntry("next-year", "null");
    }

    @Test
    void replayOfTheSameIdsKeepsTheirFirstDecisionAndIsFlaggedAsRepeat() {
        RawArticle wire = Articles.raw("wire", Articles.PORT_STRIKE, T0);
        RawArticle copy = Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(600));
        try (TopologyFixture fixture = new TopologyFixture(new KnownNamesEnricher(), POLICY, 100_000, List.of(), stateDir)) {
            var raw = fixture.raw();
            var enriched = fixture.enriched();
            raw.pipeInput("wire", wire);
            raw.pipeInput("copy", copy);
            List<TestRecord<String, EnrichedArticle>> first = enriched.readRecordsToList();

            raw.pipeInput("wire", wire);
            raw.pipeInput("copy", RawArticle.newBuilder(copy).setRevision(2).setBody(copy.getBody() + " Updated.").build());
            List<TestRecord<String, EnrichedArticle>> replay = enriched.readRecordsToList();

            assertThat(first).extracting(r -> r.value().getDuplicateOf()).containsExactly(null, "wire");
            assertThat(replay).extracting(r -> r.value().getDuplicateOf()).containsExactly(null, "wire");
            assertThat(first).allMatch(r -> !DedupHeaders.isRepeat(r.headers()));
            assertThat(replay).allMatch(r -> DedupHeaders.isRepeat(r.headers()));
        }
    }

    @Test
    void theSameInputGivesTheSameDuplicatesInAFreshApplication(@TempDir Path otherStateDir) {
        List<RawArticle> input = new ArrayList<>();
        RawArticle flood = Articles.raw("flood", Articles.FLOOD, T0);
        input.add(Articles.raw("wire", Articles.PORT_STRIKE, T0.plusSeconds(10)));
        input.add(flood);
        input.add(Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(20)));
        input.add(copyOf(flood, "flood-mirror", T0.plusSeconds(30)));
        input.add(Articles.raw("talks", Articles.PEACE_TALKS, T0.plusSeconds(40)));

        Map<String, String> live = run(stateDir, input);
        Map<String, String> replay = run(otherStateDir, input);

        assertThat(replay).isEqualTo(live);
        assertThat(live).containsEntry("copy", "wire").containsEntry("flood-mirror", "flood").containsEntry("talks", "null");
    }

    @Test
    void shortArticlesWithDifferentTextAreNeverNearDuplicates() {
        Map<String, String> out = run(stateDir, List.of(
                Articles.raw("s1", "Brief", "Markets closed higher.", T0),
                Articles.raw("s2", "Brief", "Markets closed lower.", T0.plusSeconds(5))));
        assertThat(out).containsEntry("s2", "null");
    }
}
