package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.SharedEnricher;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoldSetQualityTest {
    private static List<GoldArticle> gold;
    private static EntityEvaluator.Report report;

    @BeforeAll
    static void evaluateOnce() throws URISyntaxException {
        gold = GoldSet.load(Path.of(GoldSetQualityTest.class.getResource("/gold").toURI()));
        report = new EntityEvaluator(SharedEnricher.get()).evaluate(gold);
        for (EntityEvaluator.ArticleResult article : report.articles()) {
            if (!article.missed().isEmpty() || !article.wrong().isEmpty() || !article.idMisses().isEmpty()) {
                System.out.println(article.name() + " missed " + article.missed() + " wrong " + article.wrong()
                        + " ids " + article.idMisses());
            }
        }
        System.out.println("entities " + report.entities() + "\nids      " + report.ids());
    }

    @Test
    void goldSetHasAtLeastTwentyFiveArticles() {
        assertThat(gold).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void entityF1DoesNotDropBelowWhereItStood() {
        // 0.944 before the work on real text (issue 16), 0.949 after it.
        assertThat(report.entities().f1()).as(report.entities().toString()).isGreaterThanOrEqualTo(0.944);
    }

    @Test
    void placeIdF1IsAtLeastNinetyPercent() {
        assertThat(report.ids().f1()).as(report.ids().toString()).isGreaterThanOrEqualTo(0.90);
    }
}
