/**
 * Entity quality, measured on two gold sets, each beside the bare CoreNLP 4-class pipeline
 * ({@link io.newsflow.enrich.quality.BareNerEnricher}) on the same text: the team's own articles
 * ({@link io.newsflow.enrich.quality.GoldSet}), scored per entity by canonical name + type and by
 * place id ({@link io.newsflow.enrich.quality.EntityEvaluator}), and a CoNLL-annotated corpus of
 * real prose nobody here wrote, WikiGold ({@link io.newsflow.enrich.quality.ConllCorpus}), scored
 * per mention by exact characters + type ({@link io.newsflow.enrich.quality.MentionEvaluator}).
 * Used by the {@code newsflow eval entities} command and by the quality tests.
 */
package io.newsflow.enrich.quality;
