package io.newsflow.app.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.NerEngineAgreement;
import io.newsflow.enrich.nlp.NerTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The 2,000 articles {@code bench e2e} generates by default (its seed and mix: English of 300-1,500 words,
 * near-duplicates, German, French and Spanish) get the same tokens and sentences from newsflow's splitter as
 * from CoreNLP's {@code tokenize,ssplit} pipeline, and the same NER labels from newsflow's CRF engine as from
 * CoreNLP's, token by token, on whole sentences and on the capitalised spans NerTagger sends. It lives in app
 * because the generator does; the comparison is enrich's {@link NerEngineAgreement}, as in enrich's own test
 * of the gold set and hard text. The generator repeats its sentence templates, so sentences met again are
 * counted and not run twice (a sentence's labels depend on its words alone).
 */
class GeneratedArticlesNerAgreementTest {
    /** {@code bench e2e}'s default seed. */
    private static final long SEED = 20261128L;

    @Test
    void labelsTwoThousandGeneratedArticlesAsCoreNlpDoes() throws Exception {
        List<GeneratedArticle> articles = new ArticleGenerator(SEED, CorpusShape.NEWS).articles(2_000);
        NerEngineAgreement agreement = new NerEngineAgreement(NerTagger.FOUR_CLASS_MODEL);

        // Both engines are thread-safe: two threads halve the time on the two-core CI machine.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (GeneratedArticle article : articles) {
                done.add(pool.submit(() -> agreement.compareText("article " + article.index() + " (" + article.language()
                        + ")", article.title() + "\n\n" + article.body())));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        NerEngineAgreement.Report report = agreement.report();
        System.out.println("2,000 generated articles: " + report.summary());
        assertThat(report.sentenceTokens() + report.repeatedTokens()).isGreaterThan(1_500_000);
        assertThat(report.sentences()).isGreaterThan(10_000);
        assertThat(report.splitTokens()).isGreaterThan(1_500_000);
        assertThat(report.splitDifferenceCount()).as(report.summary()).isZero();
        // The goal is none; at most one token in 100,000 may differ, and only on a floating-point tie.
        assertThat(report.differenceCount()).as(report.summary()).isLessThanOrEqualTo(report.compared() / 100_000);
    }
}
