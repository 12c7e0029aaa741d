package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.nlp.SharedEnricher;
import io.newsflow.schemas.avro.EntityType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WikiGold, prose nobody here wrote, scored per mention. The bare CoreNLP 4-class pipeline
 * ({@link BareNerEnricher}) scores P 0.637, R 0.620, F1 0.628 on it (`newsflow eval entities`, same
 * text, deterministic). Issue 16 asks newsflow to be at least 0.05 above: it is with the second
 * opinion (0.680), not with the default settings (0.666, where it must not fall back to where it
 * started, 0.643). Measured, never tuned on: a rule written for one of its sentences would make
 * this figure meaningless.
 */
class WikiGoldQualityTest {
    private static final double BARE_MODEL_F1 = 0.628;
    private static MentionEvaluator.Report report;
    private static MentionEvaluator.Report withSecondOpinion;
    private static List<ConllDocument> documents;

    @BeforeAll
    static void evaluateOnce() throws URISyntaxException {
        documents = ConllCorpus.load(Path.of(WikiGoldQualityTest.class.getResource("/wikigold/wikigold.conll.txt").toURI()),
                "wikigold");
        report = new MentionEvaluator(SharedEnricher.get()).evaluate(documents);
        NlpConfig asking = new NlpConfig(20_000, 10, NerTagger.FOUR_CLASS_MODEL, NlpConfig.DEFAULT_SPAN_CACHE, true);
        withSecondOpinion = new MentionEvaluator(SharedEnricher.with(asking)).evaluate(documents);
        for (EntityType type : EntityType.values()) {
            System.out.println("wikigold " + type + " " + report.byType().get(type));
        }
        System.out.println("wikigold overall " + report.overall());
        System.out.println("wikigold overall with the second opinion " + withSecondOpinion.overall());
    }

    @Test
    void readsAllOfWikiGold() {
        assertThat(documents).hasSize(145);
        assertThat(documents.stream().mapToInt(d -> d.mentions().size()).sum()).isEqualTo(3558);
    }

    @Test
    void withTheSecondOpinionMentionF1BeatsTheBareModelByFivePoints() {
        assertThat(withSecondOpinion.overall().f1()).as(withSecondOpinion.overall().toString())
                .isGreaterThanOrEqualTo(BARE_MODEL_F1 + 0.05);
    }

    @Test
    void withDefaultSettingsMentionF1StaysAboveTheBareModel() {
        assertThat(report.overall().f1()).as(report.overall().toString()).isGreaterThanOrEqualTo(BARE_MODEL_F1 + 0.035);
    }
}
