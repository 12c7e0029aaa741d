package io.newsflow.app.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.alert.RuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final CorpusShape SHAPE = new CorpusShape(300, 1500, 0.1, 0.1);

    @Test
    void sameSeedGivesTheSameArticles() {
        assertThat(new ArticleGenerator(7, SHAPE).articles(60)).isEqualTo(new ArticleGenerator(7, SHAPE).articles(60));
    }

    @Test
    void aLongerRunStartsWithTheArticlesOfAShorterOne() {
        assertThat(new ArticleGenerator(7, SHAPE).articles(80).subList(0, 30)).isEqualTo(new ArticleGenerator(7, SHAPE).articles(30));
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        assertThat(new ArticleGenerator(8, SHAPE).articles(5)).isNotEqualTo(new ArticleGenerator(7, SHAPE).articles(5));
    }

    @Test
    void englishBodiesKeepToTheRequestedLength() {
        List<GeneratedArticle> articles = new ArticleGenerator(7, SHAPE).articles(200);
        assertThat(articles).filteredOn(a -> a.language().equals("en") && a.duplicateOf() < 0)
                .allSatisfy(a -> assertThat(a.words()).isBetween(300, 1500 + 40));
    }

    @Test
    void mixHasNearDuplicatesOfEarlierArticlesAndOtherLanguages() {
        List<GeneratedArticle> articles = new ArticleGenerator(7, SHAPE).articles(400);
        List<GeneratedArticle> duplicates = articles.stream().filter(a -> a.duplicateOf() >= 0).toList();
        assertThat(duplicates).hasSizeBetween(20, 60).allSatisfy(d -> {
            assertThat(d.duplicateOf()).isLessThan(d.index());
            assertThat(d.title()).isEqualTo(articles.get(d.duplicateOf()).title());
        });
        assertThat(articles).filteredOn(a -> !a.language().equals("en")).hasSizeBetween(20, 60)
                .extracting(GeneratedArticle::language).containsOnly("de", "fr", "es");
    }

    @Test
    void sameSeedGivesTheSameRules() {
        List<RuleDefinition> rules = new RuleGenerator(3).rules(1000);
        assertThat(rules).isEqualTo(new RuleGenerator(3).rules(1000));
        assertThat(rules.stream().map(RuleDefinition::name).distinct()).hasSize(1000);
    }
}
