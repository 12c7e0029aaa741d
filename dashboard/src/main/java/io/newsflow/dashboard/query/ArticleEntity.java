package io.newsflow.dashboard.query;

/** An entity of one article with its weight there and the tone of the sentences that name it. */
public record ArticleEntity(String id, String name, String type, int mentions, Double salience, Double tone,
                            boolean inTitle) {
}
