package io.newsflow.dashboard.query;

import java.util.List;

/**
 * Everything the article view shows. {@code mentions} are offsets in {@code title + "\n\n" + body}, so
 * the page can highlight entities without ever interpreting the text as markup.
 */
public record ArticleDetail(String id, String url, String title, String body, String summary, String source,
                            String feedUrl, String publishedAt, String enrichedAt, String language, Double tone,
                            int enrichmentVersion, int revision, String duplicateOf, boolean truncated,
                            List<String> authors, List<String> categories, List<KeywordView> keywords,
                            List<ArticleEntity> entities, List<MentionSpan> mentions) {
}
