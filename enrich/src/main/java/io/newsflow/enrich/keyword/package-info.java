/** Key phrases of an article, ranked RAKE-style over runs of content words. */
package io.newsflow.enrich.keyword;
