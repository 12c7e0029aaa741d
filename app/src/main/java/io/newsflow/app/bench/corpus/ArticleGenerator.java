package io.newsflow.app.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates news articles from a seed: the same seed and shape always give the same articles, so a
 * figure measured today can be compared with one measured tomorrow on the same work. Each article has
 * its own cast (a few people, organisations and places) that its sentences keep returning to, as real
 * reports do, so entity linking and in-document coreference of surnames do real work.
 */
public final class ArticleGenerator {
    private final long seed;
    private final CorpusShape shape;

    public ArticleGenerator(long seed, CorpusShape shape) {
        this.seed = seed;
        this.shape = shape;
    }

    /** The first {@code count} articles of this seed (the first n of a longer list are the same n). */
    public List<GeneratedArticle> articles(int count) {
        Random random = new Random(seed);
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            List<Integer> englishSoFar = new ArrayList<>();
            for (int j = Math.max(0, i - 20); j < i; j++) {
                if (articles.get(j).language().equals("en") && articles.get(j).duplicateOf() < 0) {
                    englishSoFar.add(j);
                }
            }
            if (kind < shape.duplicateShare() && !englishSoFar.isEmpty()) {
                int original = englishSoFar.get(random.nextInt(englishSoFar.size()));
                articles.add(nearDuplicate(i, articles.get(original), random));
            } else if (kind < shape.duplicateShare() + shape.nonEnglishShare()) {
                articles.add(foreign(i, random));
            } else {
                articles.add(english(i, random));
            }
        }
        return articles;
    }

    private GeneratedArticle english(int index, Random random) {
        Cast cast = Cast.draw(random);
        int target = shape.minWords() + random.nextInt(shape.maxWords() - shape.minWords() + 1);
        StringBuilder body = new StringBuilder();
        int words = 0;
        while (words < target) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences && words < target; s++) {
                String sentence = cast.fill(pick(random, NewsVocabulary.SENTENCES), random);
                if (s > 0) {
                    body.append(' ');
                }
                body.append(sentence);
                words += sentence.split(" ").length;
            }
        }
        String title = cast.fill(pick(random, NewsVocabulary.HEADLINES), random);
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        return new GeneratedArticle(index, title, body.toString(), pick(random, NewsVocabulary.SOURCES), "en", -1);
    }

    /** The same report republished by another outlet with a correction line and one changed figure. */
    private GeneratedArticle nearDuplicate(int index, GeneratedArticle original, Random random) {
        String body = original.body().replaceFirst("\\b(\\d+) percent", (2 + random.nextInt(9)) + " percent")
                + "\n\nThis article has been updated with additional reporting.";
        String source = NewsVocabulary.SOURCES.get((NewsVocabulary.SOURCES.indexOf(original.source()) + 1) % NewsVocabulary.SOURCES.size());
        return new GeneratedArticle(index, original.title(), body, source, "en", original.index());
    }

    private GeneratedArticle foreign(int index, Random random) {
        List<String> language = pick(random, NewsVocabulary.FOREIGN);
        int target = Math.max(60, shape.minWords() / 2);
        StringBuilder body = new StringBuilder();
        int words = 0;
        while (words < target) {
            if (body.length() > 0) {
                body.append(words % 3 == 0 ? "\n\n" : " ");
            }
            String sentence = language.get(1 + random.nextInt(language.size() - 1));
            body.append(sentence);
            words += sentence.split(" ").length;
        }
        String title = language.get(1 + random.nextInt(language.size() - 1)).replaceAll("\\.$", "");
        return new GeneratedArticle(index, title, body.toString(), pick(random, NewsVocabulary.SOURCES), language.get(0), -1);
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The people, organisations and places one article is about. */
    private record Cast(List<String[]> people, List<String> organisations, List<String> cities, List<String> countries,
                        String topic) {
        static Cast draw(Random random) {
            List<String[]> people = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                people.add(new String[] {pick(random, NewsVocabulary.FIRST_NAMES), pick(random, NewsVocabulary.SURNAMES)});
            }
            return new Cast(people,
                    List.of(pick(random, NewsVocabulary.ORGANISATIONS), pick(random, NewsVocabulary.ORGANISATIONS)),
                    List.of(pick(random, NewsVocabulary.CITIES), pick(random, NewsVocabulary.CITIES)),
                    List.of(pick(random, NewsVocabulary.COUNTRIES), pick(random, NewsVocabulary.COUNTRIES)),
                    pick(random, NewsVocabulary.TOPIC_WORDS));
        }

        String fill(String pattern, Random random) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}') {
                    out.append(slot(pattern.charAt(i + 1), random));
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private String slot(char kind, Random random) {
            return switch (kind) {
                case 'P' -> {
                    String[] person = pick(random, people);
                    yield person[0] + " " + person[1];
                }
                case 'S' -> pick(random, people)[1];
                case 'O' -> pick(random, organisations);
                case 'L' -> pick(random, cities);
                case 'C' -> pick(random, countries);
                case 'N' -> Integer.toString(2 + random.nextInt(97));
                case 'Y' -> Integer.toString(1995 + random.nextInt(29));
                case 'D' -> pick(random, NewsVocabulary.WEEKDAYS);
                case 'R' -> pick(random, NewsVocabulary.ROLES);
                case 'T' -> topic;
                default -> throw new IllegalStateException("Unknown slot {" + kind + "}");
            };
        }
    }
}
