/**
 * Understanding one article: {@link io.newsflow.enrich.nlp.NlpArticleEnricher} cleans the text,
 * detects its language, runs the CoreNLP 4-class CRF (PTB tokens and sentences broken at newlines from
 * {@link io.newsflow.enrich.nlp.SentenceSplitter}, the CRF run by newsflow's own engine in {@code nlp.crf} or by
 * CoreNLP's classifier, one shared by all threads), and hands the mentions to {@code enrich.entity} for
 * joining and linking, sentences to {@code enrich.sentiment} for tone and the text to
 * {@code enrich.keyword} for key phrases. Nothing here sees Kafka: the topology calls the enricher
 * through {@link io.newsflow.enrich.ArticleEnricher}.
 */
package io.newsflow.enrich.nlp;
