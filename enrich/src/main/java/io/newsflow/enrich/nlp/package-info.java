/**
 * Understanding one article: {@link io.newsflow.enrich.nlp.NlpArticleEnricher} cleans the text,
 * detects its language, runs the CoreNLP 4-class CRF (sentences broken at newlines, the classifier
 * called directly and shared by threads), and hands the mentions to {@code enrich.entity} for
 * joining and linking, sentences to {@code enrich.sentiment} for tone and the text to
 * {@code enrich.keyword} for key phrases. Nothing here sees Kafka: the topology calls the enricher
 * through {@link io.newsflow.enrich.ArticleEnricher}.
 */
package io.newsflow.enrich.nlp;
