package io.newsflow.sink.export;

import java.util.List;

/**
 * One stored article as {@code newsflow export --what articles} prints it (one JSON object per line).
 *
 * @param publishedAt ISO-8601 instant
 * @param tone document tone in [-1, 1], null when not analysed
 * @param duplicateOf id of the first article of the same story, or null
 * @param entities most salient first
 */
public record ArticleExport(String id, String url, String title, String source, String publishedAt, String language,
                            Double tone, int enrichmentVersion, String duplicateOf, List<EntityExport> entities) {

    /**
     * An entity of the article.
     *
     * @param name canonical name
     * @param type PERSON, ORGANIZATION, LOCATION or MISC
     * @param mentions mentions in this article
     */
    public record EntityExport(String name, String type, String id, int mentions) {
    }
}
