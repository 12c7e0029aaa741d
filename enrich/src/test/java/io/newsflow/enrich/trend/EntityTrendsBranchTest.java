package io.newsflow.enrich.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.dedup.DedupPolicy;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.fixture.TopologyFixture;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTrendsBranchTest {
    private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");
    private static final String ROTTERDAM = "geonames:2747891";
    private static final Duration GRACE = Duration.ofMinutes(10);

    @TempDir
    Path stateDir;
    private TopologyFixture fixture;

    private TopologyFixture start() {
        EnrichedBranch trends = new EntityTrendsBranch(TopologyFixture.TOPICS.entityTrends(),
                TopologyFixture.SERDES.entityTrend(), GRACE);
        fixture = new TopologyFixture(new KnownNamesEnricher(), DedupPolicy.defaults(), 100_000, List.of(trends), stateDir);
        return fixture;
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static RawArticle shortNote(String id, String body, Instant publishedAt) {
        return Articles.raw(id, "Port update " + id, body, publishedAt);
    }

    private void pipe(RawArticle... articles) {
        var raw = fixture.raw();
        for (RawArticle article : articles) {
            raw.pipeInput(article.getId(), article);
        }
    }

    private Map<String, EntityTrend> latestTrends() {
        return fixture.trends().readKeyValuesToMap();
    }

    private static String key(String kind, String entity, Instant windowStart) {
        return entity + "@" + kind + "@" + windowStart.toEpochMilli();
    }

    @Test
    void countsArticlesAndMentionsPerEntityInMinuteAndHourWindowsOfPublicationTime() {
        start();
        pipe(Articles.raw("strike", Articles.PORT_STRIKE, NINE.plusSeconds(10)),
                shortNote("note", "Rotterdam terminals reopen.", NINE.plusSeconds(90)),
                Articles.raw("flood", Articles.FLOOD, NINE.plusSeconds(100)));

        Map<String, EntityTrend> trends = latestTrends();
        EntityTrend firstMinute = trends.get(key("1m", ROTTERDAM, NINE));
        assertThat(firstMinute.getArticles()).isEqualTo(1);
        assertThat(firstMinute.getMentions()).isEqualTo(3);
        assertThat(firstMinute.getWindow()).isEqualTo("1m");
        assertThat(firstMinute.getWindowStart()).isEqualTo(NINE);
        assertThat(firstMinute.getWindowEnd()).isEqualTo(NINE.plusSeconds(60));
        assertThat(trends.get(key("1m", ROTTERDAM, NINE.plusSeconds(60))).getArticles()).isEqualTo(1);

        EntityTrend hour = trends.get(key("1h", ROTTERDAM, NINE));
        assertThat(hour.getArticles()).isEqualTo(2);
        assertThat(hour.getMentions()).isEqualTo(4);
        assertThat(hour.getWindowEnd()).isEqualTo(NINE.plus(Duration.ofHours(1)));
        assertThat(hour.getToneSum()).isEqualTo(-0.5);
        // hopping by 5 minutes: the article at 09:00:10 is in the twelve windows starting 08:05 .. 09:00
        assertThat(trends.keySet().stream().filter(k -> k.startsWith(ROTTERDAM + "@1h@"))).hasSize(12);
        assertThat(trends.get(key("1h", ROTTERDAM, NINE.minus(Duration.ofMinutes(55)))).getArticles()).isEqualTo(2);
        assertThat(trends.get(key("1m", "loc:danube", NINE.plusSeconds(60))).getArticles()).isEqualTo(1);
    }

    @Test
    void countsAStoryOnceWhateverItsCopiesAndReplays() {
        start();
        RawArticle wire = Articles.raw("wire", Articles.PORT_STRIKE, NINE.plusSeconds(10));
        RawArticle mirror = RawArticle.newBuilder(wire).setId("mirror").build();
        pipe(wire, Articles.raw("copy", Articles.PORT_STRIKE_COPY, NINE.plusSeconds(20)), mirror, wire);

        Map<String, EntityTrend> trends = latestTrends();
        assertThat(trends.get(key("1m", ROTTERDAM, NINE)).getArticles()).isEqualTo(1);
        assertThat(trends.get(key("1h", ROTTERDAM, NINE)).getArticles()).isEqualTo(1);
        assertThat(fixture.enriched().readKeyValuesToList()).hasSize(4);
    }

    @Test
    void liveApplicationStillCountsArticlesWithinGraceButNotOlderOnes() {
        start();
        pipe(shortNote("now", "Rotterdam quiet.", NINE.plus(Duration.ofHours(3))),
                shortNote("bit-late", "Rotterdam busy.", NINE.plus(Duration.ofHours(3)).minus(Duration.ofMinutes(5))),
                shortNote("archive", "Rotterdam in the past.", NINE));

        Map<String, EntityTrend> trends = latestTrends();
        assertThat(trends).containsKey(key("1m", ROTTERDAM, NINE.plus(Duration.ofHours(3)).minus(Duration.ofMinutes(5))));
        assertThat(trends).doesNotContainKey(key("1m", ROTTERDAM, NINE));
        // dropped from trends only: the article itself is still enriched and published
        assertThat(fixture.enriched().readKeyValuesToMap()).containsKey("archive");
    }

    @Test
    void historicalLoadInItsOwnApplicationYieldsTheWindowsOfThePast() {
        start();
        Instant monthAgo = NINE.minus(Duration.ofDays(30));
        pipe(shortNote("h1", "Rotterdam strike begins.", monthAgo.plusSeconds(5)),
                shortNote("h2", "Rotterdam strike continues.", monthAgo.plusSeconds(40)),
                shortNote("h3", "Rotterdam strike spreads.", monthAgo.plus(Duration.ofMinutes(30))),
                shortNote("h4", "Rotterdam strike ends.", monthAgo.plus(Duration.ofDays(2))));

        Map<String, EntityTrend> trends = latestTrends();
        assertThat(trends.get(key("1m", ROTTERDAM, monthAgo)).getArticles()).isEqualTo(2);
        assertThat(trends.get(key("1h", ROTTERDAM, monthAgo)).getArticles()).isEqualTo(3);
        assertThat(trends.get(key("1m", ROTTERDAM, monthAgo.plus(Duration.ofDays(2)))).getArticles()).isEqualTo(1);
    }

    @Test
    void keepsWindowsInQueryableStores() {
        start();
        pipe(Articles.raw("strike", Articles.PORT_STRIKE, NINE.plusSeconds(10)));

        WindowStore<String, ?> minutes = fixture.driver.getTimestampedWindowStore(TrendWindow.MINUTE.storeName());
        try (var windows = minutes.fetch(ROTTERDAM, NINE.minusSeconds(1), NINE.plusSeconds(1))) {
            assertThat(windows.hasNext()).isTrue();
            assertThat(windows.next().key).isEqualTo(NINE.toEpochMilli());
        }
        assertThat(fixture.driver.getTimestampedWindowStore(TrendWindow.HOUR.storeName())).isNotNull();
    }
}
