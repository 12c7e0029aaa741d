package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.enrich.nlp.crf.CrfLabeler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * newsflow's NER path gives what CoreNLP's gives: SentenceSplitter the same tokens, offsets and sentences as the
 * {@code tokenize,ssplit} pipeline, and the CRF engine the same label for every token as CRFClassifier, on whole
 * sentences and on the capitalised spans NerTagger sends. On the gold articles and the seed, and on text chosen
 * to be hard (the 2,000 generated articles are app's GeneratedArticlesNerAgreementTest). Each test prints its
 * agreement.
 *
 * <p>WikiGold (145 Wikipedia articles nobody here wrote, CoNLL tokens) runs when its file is given:
 * {@code mvn -pl enrich test -Dtest=NerEngineAgreementTest -Dnewsflow.conll=/work/shared/data/wikigold/wikigold.conll.txt}.
 */
class NerEngineAgreementTest {
    private static CRFClassifier<CoreLabel> coreNlp;
    private static CrfLabeler newsflow;

    @BeforeAll
    static void loadBothEngines() {
        coreNlp = NerTagger.loadClassifier(NerTagger.FOUR_CLASS_MODEL);
        newsflow = CrfLabeler.load(NerTagger.FOUR_CLASS_MODEL, NlpConfig.DEFAULT_WORD_CACHE);
    }

    @Test
    void labelsTheGoldArticlesAndTheSeedAsCoreNlpDoes() throws IOException {
        NerEngineAgreement agreement = new NerEngineAgreement(coreNlp, newsflow);
        List<Path> articles = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/gold"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(articles::add);
        }
        assertThat(articles).anyMatch(f -> f.endsWith("seed-article.txt")).hasSizeGreaterThanOrEqualTo(29);
        for (Path article : articles) {
            agreement.compareText(article.getFileName().toString(), Files.readString(article));
        }

        NerEngineAgreement.Report report = agreement.report();
        System.out.println("gold articles and seed: " + report.summary());
        assertThat(report.sentenceTokens()).isGreaterThan(4_500);
        assertThat(report.spanTokens()).isGreaterThan(1_000);
        assertThat(report.splitTokens()).isGreaterThanOrEqualTo(report.sentenceTokens());
        assertThat(report.splitDifferenceCount()).as(report.summary()).isZero();
        assertThat(report.differenceCount()).as(report.summary()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all-capitals.txt", "digits-and-numbers.txt", "unicode.txt", "one-token-sentences.txt",
            "long-sentence.txt", "german.txt", "french.txt", "urls-and-emails.txt", "british-spellings-and-months.txt",
            "punctuation-and-brackets.txt"})
    void labelsHardTextAsCoreNlpDoes(String fixture) throws IOException {
        NerEngineAgreement agreement = new NerEngineAgreement(coreNlp, newsflow);
        agreement.compareText(fixture, resource("/ner-engines/" + fixture));

        NerEngineAgreement.Report report = agreement.report();
        System.out.println(fixture + ": " + report.summary());
        assertThat(report.sentenceTokens()).isPositive();
        assertThat(report.splitSentences()).isPositive();
        assertThat(report.splitDifferenceCount()).as(report.summary()).isZero();
        assertThat(report.differenceCount()).as(report.summary()).isZero();
    }

    @Test
    void theLongSentenceHasThreeHundredTokensAndTheOneTokenLinesOneEach() throws IOException {
        NerTagger splitter = SharedEnricher.models().tagger();
        assertThat(splitter.split(resource("/ner-engines/long-sentence.txt")))
                .singleElement().satisfies(sentence -> assertThat(sentence.tokens()).hasSizeGreaterThanOrEqualTo(300));
        assertThat(splitter.split(resource("/ner-engines/one-token-sentences.txt")))
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(sentence -> assertThat(sentence.tokens().size()).isLessThanOrEqualTo(2));
    }

    @Test
    @EnabledIfSystemProperty(named = "newsflow.conll", matches = ".+",
            disabledReason = "give a CoNLL file (e.g. WikiGold) with -Dnewsflow.conll=PATH")
    void labelsCoNllTokensAsCoreNlpDoes() throws IOException {
        Path file = Path.of(System.getProperty("newsflow.conll"));
        NerEngineAgreement agreement = new NerEngineAgreement(coreNlp, newsflow);
        List<CoreLabel> sentence = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    agreement.compareTokens(file.getFileName() + " sentence " + ++number, sentence);
                }
                sentence = new ArrayList<>();
                continue;
            }
            CoreLabel token = new CoreLabel();
            token.setWord(line.substring(0, line.lastIndexOf(' ')));
            sentence.add(token);
        }
        if (!sentence.isEmpty()) {
            agreement.compareTokens(file.getFileName() + " sentence " + ++number, sentence);
        }

        NerEngineAgreement.Report report = agreement.report();
        System.out.println(file + ": " + report.summary());
        assertThat(report.differenceCount()).as(report.summary()).isZero();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NerEngineAgreementTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
