/**
 * The poison scenario: undecodable records in news.raw go to the dead-letter topic with their reasons
 * while the articles around them are enriched.
 */
package io.newsflow.chaos.poison;
