/**
 * newsflow's inference engine for CoreNLP's 4-class distsim CRF ({@code english.conll.4class.distsim.crf.ser.gz}):
 * {@link io.newsflow.enrich.nlp.crf.CrfLabeler} labels tokens exactly as {@code CRFClassifier.classifySentence}
 * does, from the same serialised model, with integer features and a cache of each word's own features instead
 * of CoreNLP's feature strings. {@code ModelReader} reads and checks the model and compiles it into a
 * {@code CrfModel}; {@code Template} names the feature templates, {@code WordShape} is the model's word shape,
 * {@code JointFeatureIndex} finds features that join two or three values, {@code Viterbi} decodes.
 * {@code NerTagger} chooses between this engine and CoreNLP's ({@code enrich.nlp.ner.engine}).
 */
package io.newsflow.enrich.nlp.crf;
