/**
 * The labelled pair set of story identity and its scoring: {@link io.newsflow.enrich.story.eval.StoryPairSet}
 * reads the pairs (YAML records naming two texts, each a file of the set or of the gold set, an inline text,
 * or a file with edits such as a reworded paragraph or a truncation), and
 * {@link io.newsflow.enrich.story.eval.StoryPairEvaluation} judges every pair with the fingerprinter and the
 * rule and reports precision and recall of "same story" overall, per category, per half (calibration and
 * held out) and per origin of the text (written for newsflow, or WikiGold prose nobody here wrote). Used by
 * {@code newsflow eval stories} and by the quality test.
 */
package io.newsflow.enrich.story.eval;
