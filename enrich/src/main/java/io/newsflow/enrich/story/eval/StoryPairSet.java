package io.newsflow.enrich.story.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the labelled pair set: every {@code pairs/*.yaml} of the set's directory is a list of records
 * {@code {id, category, label: same|different, split: calibration|held-out, note, first, second}}. A text
 * is a path (relative to the set's directory) of a file holding a headline, a blank line and the body; an
 * inline {@code {title, body}}; or {@code {from: path, title, edits: [...]}}, the file with a partner's
 * edits applied (see {@link PairText}). A wrong record stops the load with its file and id.
 */
public final class StoryPairSet {
    private static final Set<String> LABELS = Set.of("same", "different");
    private static final Set<String> SPLITS = Set.of(StoryPair.CALIBRATION, StoryPair.HELD_OUT);

    private StoryPairSet() {
    }

    public static List<StoryPair> load(Path directory) {
        Path pairsDirectory = directory.resolve("pairs");
        if (!Files.isDirectory(pairsDirectory)) {
            throw new IllegalArgumentException("The story pair set " + directory + " has no pairs/ directory");
        }
        YAMLMapper yaml = new YAMLMapper();
        Map<Path, StoryPair.Text> files = new HashMap<>();
        List<StoryPair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> listing = Files.list(pairsDirectory)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode records = yaml.readTree(file.toFile());
                if (records == null || !records.isArray()) {
                    throw new IllegalArgumentException(file + " must be a YAML list of pairs");
                }
                for (JsonNode record : records) {
                    StoryPair pair = pair(record, directory, files, file);
                    if (!ids.add(pair.id())) {
                        throw new IllegalArgumentException(file + ": pair id " + pair.id() + " is used twice");
                    }
                    pairs.add(pair);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the story pair set in " + directory, e);
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("The story pair set " + directory + " has no pair");
        }
        return pairs;
    }

    private static StoryPair pair(JsonNode record, Path directory, Map<Path, StoryPair.Text> files, Path file) {
        String id = record.path("id").asText("");
        try {
            String label = field(record, "label");
            String split = field(record, "split");
            if (!LABELS.contains(label) || !SPLITS.contains(split)) {
                throw new IllegalArgumentException("label must be same or different, split calibration or held-out");
            }
            List<String> sources = new ArrayList<>();
            StoryPair.Text first = text(record.get("first"), directory, files, sources);
            StoryPair.Text second = text(record.get("second"), directory, files, sources);
            String origin = sources.stream().anyMatch(s -> s.startsWith("wikigold/")) ? "wikigold" : "newsflow";
            return new StoryPair(field(record, "id"), field(record, "category"), label.equals("same"), split, origin,
                    record.path("note").asText(""), first, second);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file.getFileName() + ", pair '" + id + "': " + e.getMessage(), e);
        }
    }

    private static String field(JsonNode record, String name) {
        if (!record.hasNonNull(name) || record.get(name).asText().isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is missing");
        }
        return record.get(name).asText();
    }

    private static StoryPair.Text text(JsonNode spec, Path directory, Map<Path, StoryPair.Text> files, List<String> sources) {
        if (spec == null || spec.isNull()) {
            throw new IllegalArgumentException("'first' and 'second' are both needed");
        }
        if (spec.isTextual()) {
            sources.add(spec.asText());
            return file(directory, spec.asText(), files);
        }
        PairText text;
        if (spec.hasNonNull("from")) {
            sources.add(spec.get("from").asText());
            StoryPair.Text base = file(directory, spec.get("from").asText(), files);
            text = new PairText(base.title(), base.body());
        } else if (spec.hasNonNull("body")) {
            text = new PairText(spec.path("title").asText(""), spec.get("body").asText());
        } else {
            throw new IllegalArgumentException("a text needs 'from' or 'body'");
        }
        if (spec.hasNonNull("title")) {
            text.title(spec.get("title").asText());
        }
        for (JsonNode edit : spec.path("edits")) {
            text.apply(edit);
        }
        return text.text();
    }

    private static StoryPair.Text file(Path directory, String relative, Map<Path, StoryPair.Text> files) {
        Path path = directory.resolve(relative).normalize();
        return files.computeIfAbsent(path, p -> {
            try {
                String content = Files.readString(p, StandardCharsets.UTF_8);
                int split = content.indexOf("\n\n");
                if (split < 0) {
                    throw new IllegalArgumentException(relative + " needs a headline, a blank line, then the body");
                }
                return new StoryPair.Text(content.substring(0, split).strip(), content.substring(split + 2));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + relative + " (" + e.getMessage() + ")");
            }
        });
    }
}
