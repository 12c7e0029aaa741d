/**
 * From CRF labels to entities that mean something. {@link io.newsflow.enrich.entity.MentionExtractor}
 * turns labelled tokens into mentions: spans cut where two names touch
 * ({@link io.newsflow.enrich.entity.SpanRepair}: credits, possessives, "X of Y", titles), cleaned of
 * pronouns, weekdays, titles, determiners, page-furniture words and sentence-initial capitals, typed
 * again by their kind word (events, places, organisations) and, where only the 4-class CRF speaks for a
 * type, by a second CoreNLP model ({@link io.newsflow.enrich.entity.SecondOpinion}); then completed
 * from the article itself: facility names by their last word ({@link io.newsflow.enrich.entity.FacilityNames}),
 * names in lists ({@link io.newsflow.enrich.entity.ListCompletion}), every repetition of a found name
 * ({@link io.newsflow.enrich.entity.NamePropagation}), nationalities, and the alias table's scanned forms.
 * {@link io.newsflow.enrich.entity.EntityLinker} joins short names to full ones within an article and
 * links them across articles to canonical names and stable ids from a gazetteer derived from GeoNames,
 * world-countries and CoreNLP's lists, and a curated alias table.
 */
package io.newsflow.enrich.entity;
