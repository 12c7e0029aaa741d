package io.newsflow.enrich.nlp;

import java.util.Locale;

/**
 * Which code runs the 4-class CRF ({@code enrich.nlp.ner.engine}). Both read the same model and give the
 * same labels (NerEngineAgreementTest and its app twin prove it on the gold set, the seed, 2,000 generated
 * articles and hard text); they differ in cost.
 */
public enum NerEngine {
    /** newsflow's own inference ({@link io.newsflow.enrich.nlp.crf.CrfLabeler}): integer features, a word cache. */
    NEWSFLOW,
    /** CoreNLP's {@code CRFClassifier.classifySentence}: the reference, and the fallback. */
    CORENLP;

    /** The spelling of the setting: {@code newsflow} or {@code corenlp}. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
