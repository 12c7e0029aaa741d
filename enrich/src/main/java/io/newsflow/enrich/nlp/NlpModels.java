package io.newsflow.enrich.nlp;

import io.newsflow.enrich.entity.AliasTable;
import io.newsflow.enrich.entity.Gazetteer;
import io.newsflow.enrich.entity.SecondOpinion;
import io.newsflow.enrich.sentiment.SentimentLexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heavy, read-only parts of the enrichment, loaded once per process and shared by every
 * enricher and stream thread: the CRF (~2.5 s, most of the ~0.8 GB), language profiles,
 * gazetteers, alias table and lexicons.
 *
 * @param tagger sentence splitter and 4-class CRF (either engine)
 * @param languages language detector
 * @param gazetteer countries, cities, titles, states
 * @param aliases the curated alias table
 * @param lexicon the VADER lexicon
 * @param stopWords English stop words
 * @param secondOpinion CoreNLP's 3-class model on names the 4-class one typed without evidence, or off
 */
public record NlpModels(NerTagger tagger, LanguageIdentifier languages, Gazetteer gazetteer, AliasTable aliases,
        SentimentLexicon lexicon, StopWords stopWords, SecondOpinion secondOpinion) {
    private static final Logger LOG = LoggerFactory.getLogger(NlpModels.class);

    /** Loads everything with the default span cache; {@code nerModel} is the classpath of the CRF model. */
    public static NlpModels load(String nerModel) {
        return load(nerModel, NlpConfig.DEFAULT_SPAN_CACHE);
    }

    /** Loads everything but the second opinion; the tagger remembers the labels of {@code spanCache} spans (0: none). */
    public static NlpModels load(String nerModel, int spanCache) {
        return load(nerModel, spanCache, false);
    }

    /** Loads everything with newsflow's engine; {@code secondOpinion} false skips CoreNLP's 3-class model. */
    public static NlpModels load(String nerModel, int spanCache, boolean secondOpinion) {
        return load(nerModel, new NerTagger(nerModel, spanCache), secondOpinion);
    }

    /** Loads everything as {@code config} says: the model, its engine, the NER's caches, the second opinion. */
    public static NlpModels load(NlpConfig config) {
        return load(config.nerModel(), new NerTagger(config.nerModel(), config.spanCache(), config.nerEngine(),
                config.wordCache()), config.secondOpinion());
    }

    private static NlpModels load(String nerModel, NerTagger tagger, boolean secondOpinion) {
        long started = System.nanoTime();
        NlpModels models = new NlpModels(tagger, new LanguageIdentifier(), Gazetteer.load(),
                AliasTable.load(), SentimentLexicon.load(), StopWords.load(),
                secondOpinion ? SecondOpinion.load() : SecondOpinion.off());
        LOG.info("NLP models loaded in {} ms (NER model {})", (System.nanoTime() - started) / 1_000_000, nerModel);
        return models;
    }
}
