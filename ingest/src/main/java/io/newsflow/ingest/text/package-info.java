/**
 * From HTML to the clean text newsflow stores: paragraphs kept (separated by blank lines), markup,
 * scripts and entities gone; and extraction of an article's main text from a whole page
 * (readability-style), for feeds that carry only a summary and for archived HTML files. Removing
 * finer boilerplate ("Scroll to Top", share prompts) is the enrich stage's cleaning step.
 */
package io.newsflow.ingest.text;
