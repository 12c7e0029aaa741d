package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NerTaggerEnginesTest {
    @Test
    void tagsTheGoldArticlesAlikeWithEitherEngine() throws IOException {
        NerTagger newsflow = SharedEnricher.models().tagger();
        NerTagger coreNlp = new NerTagger(NerTagger.FOUR_CLASS_MODEL, NlpConfig.DEFAULT_SPAN_CACHE, NerEngine.CORENLP, 0);
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold"))) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        int entityTokens = 0;
        for (Path article : articles) {
            String text = Files.readString(article);
            List<Sentence> ours = newsflow.tag(text);
            assertThat(ours).as(article.toString()).isEqualTo(coreNlp.tag(text));
            entityTokens += (int) ours.stream().flatMap(s -> s.tokens().stream()).filter(Token::isEntity).count();
        }
        assertThat(entityTokens).isGreaterThan(500);
        assertThat(newsflow.wordCacheSizeHitsAndMisses()[0]).isPositive();
        assertThat(coreNlp.wordCacheSizeHitsAndMisses()).containsExactly(0, 0, 0);
    }

    @Test
    void runsNewsflowsEngineUnlessTheSettingsSayCoreNlp() {
        assertThat(NlpConfig.from(Settings.empty()).nerEngine()).isEqualTo(NerEngine.NEWSFLOW);
        assertThat(NlpConfig.defaults().nerEngine()).isEqualTo(NerEngine.NEWSFLOW);
        assertThat(NlpConfig.from(Settings.empty().with("enrich.nlp.ner.engine", "CoreNLP")).nerEngine())
                .isEqualTo(NerEngine.CORENLP);
        NlpConfig config = NlpConfig.from(Settings.empty().with("enrich.nlp.ner.word.cache", "0"));
        assertThat(config.wordCache()).isZero();
        assertThat(config.spanCache()).isEqualTo(NlpConfig.DEFAULT_SPAN_CACHE);
    }

    @Test
    void rejectsAnEngineItDoesNotKnowByName() {
        assertThatThrownBy(() -> NlpConfig.from(Settings.empty().with("enrich.nlp.ner.engine", "fast")))
                .hasMessageContaining("enrich.nlp.ner.engine")
                .hasMessageContaining("corenlp, newsflow")
                .hasMessageContaining("'fast'");
    }
}
