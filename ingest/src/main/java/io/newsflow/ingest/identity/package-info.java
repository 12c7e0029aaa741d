/**
 * Article identity: the canonical URL (tracking parameters dropped, parameters sorted, fragment gone),
 * the content hash of the normalised title and body, and the article id derived from them. Every
 * path into newsflow (feeds, fetched pages, archives) names articles through this package, so the
 * same story reached twice gets the same id and is published once, while a changed text gets a new
 * revision under the same id.
 */
package io.newsflow.ingest.identity;
