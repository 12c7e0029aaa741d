/**
 * Tone in the VADER way, over the VADER lexicon: scored per sentence and averaged for documents
 * and entities, because a single compound score over a whole article saturates.
 */
package io.newsflow.enrich.sentiment;
