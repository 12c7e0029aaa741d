/**
 * From CRF labels to entities that mean something: mentions cleaned of pronouns, weekdays, titles
 * and sentence-initial capitals ({@link io.newsflow.enrich.entity.MentionExtractor}), short names
 * joined to full ones within an article and linked across articles to canonical names and stable
 * ids ({@link io.newsflow.enrich.entity.EntityLinker}) from a gazetteer derived from GeoNames and
 * world-countries and a curated alias table.
 */
package io.newsflow.enrich.entity;
