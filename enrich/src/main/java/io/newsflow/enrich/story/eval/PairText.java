package io.newsflow.enrich.story.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applies a pair's edits to a text, the way a partner's desk changes a wire story: paragraphs replaced,
 * dropped, inserted, a dateline or a credit added, a truncation at a sentence end. Paragraph numbers start
 * at 1 and count the paragraphs as the edits before left them; a negative number counts from the end.
 */
final class PairText {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}0-9])");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private String title;
    private final List<String> paragraphs;

    PairText(String title, String body) {
        this.title = title;
        this.paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(body.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
    }

    void title(String newTitle) {
        title = newTitle;
    }

    StoryPair.Text text() {
        return new StoryPair.Text(title, String.join("\n\n", paragraphs));
    }

    /** Applies one edit: a map with one operation key and its arguments. */
    void apply(JsonNode edit) {
        if (edit.has("replace")) {
            paragraphs.set(index(edit.get("replace").asInt(), false), required(edit, "text"));
        } else if (edit.has("drop")) {
            paragraphs.remove(index(edit.get("drop").asInt(), false));
        } else if (edit.has("insert")) {
            paragraphs.add(index(edit.get("insert").asInt(), true), required(edit, "text"));
        } else if (edit.has("append")) {
            paragraphs.add(edit.get("append").asText());
        } else if (edit.has("prepend")) {
            paragraphs.add(0, edit.get("prepend").asText());
        } else if (edit.has("dateline")) {
            paragraphs.set(0, edit.get("dateline").asText() + paragraphs.get(0));
        } else if (edit.has("substitute")) {
            substitute(edit.get("substitute").asText(), required(edit, "with"));
        } else if (edit.has("truncate")) {
            truncate(edit.get("truncate").asDouble());
        } else if (edit.has("straighten")) {
            paragraphs.replaceAll(p -> p.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                    .replace('–', '-').replace('—', '-'));
        } else if (edit.has("reflow")) {
            reflow(edit.get("reflow").asText());
        } else {
            throw new IllegalArgumentException("unknown edit " + edit);
        }
    }

    private int index(int number, boolean end) {
        int size = paragraphs.size();
        int index = number > 0 ? number - 1 : size + number;
        if (index < 0 || index >= size + (end ? 1 : 0)) {
            throw new IllegalArgumentException("paragraph " + number + " does not exist (the text has " + size + ")");
        }
        return index;
    }

    private static String required(JsonNode edit, String field) {
        if (!edit.hasNonNull(field)) {
            throw new IllegalArgumentException("edit " + edit + " needs '" + field + "'");
        }
        return edit.get(field).asText();
    }

    private void substitute(String find, String replacement) {
        String body = String.join("\n\n", paragraphs);
        if (!body.contains(find)) {
            throw new IllegalArgumentException("'" + find + "' is not in the text");
        }
        paragraphs.clear();
        paragraphs.addAll(Arrays.asList(body.replace(find, replacement).split("\n\n")));
    }

    /** Keeps whole sentences until at least {@code fraction} of the words are kept. */
    private void truncate(double fraction) {
        int total = 0;
        for (String paragraph : paragraphs) {
            total += words(paragraph);
        }
        double wanted = fraction * total;
        List<String> kept = new ArrayList<>();
        int count = 0;
        for (String paragraph : paragraphs) {
            if (count >= wanted) {
                break;
            }
            List<String> sentences = new ArrayList<>();
            for (String sentence : SENTENCE_BREAK.split(paragraph)) {
                if (count >= wanted) {
                    break;
                }
                sentences.add(sentence);
                count += words(sentence);
            }
            kept.add(String.join(" ", sentences));
        }
        paragraphs.clear();
        paragraphs.addAll(kept);
    }

    private void reflow(String how) {
        switch (how) {
            case "one-paragraph" -> {
                String joined = String.join(" ", paragraphs);
                paragraphs.clear();
                paragraphs.add(joined);
            }
            case "line-breaks" -> paragraphs.replaceAll(p -> String.join("\n", SENTENCE_BREAK.split(p)));
            case "extra-spaces" -> paragraphs.replaceAll(p -> p.replace(" ", "  "));
            default -> throw new IllegalArgumentException("unknown reflow '" + how + "'");
        }
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : WORDS.split(stripped).length;
    }
}
