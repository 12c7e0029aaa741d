/** Tokenising, sentence splitting and the CoreNLP CRF, as {@code io.newsflow.enrich.nlp.NerTagger} runs them. */
package io.newsflow.bench.nlp;
