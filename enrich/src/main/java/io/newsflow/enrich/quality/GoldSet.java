package io.newsflow.enrich.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a gold set directory: for every {@code X.gold.json} the article text {@code X.txt} (title,
 * blank line, body) and its annotations, in the format of the project's seed article.
 */
public final class GoldSet {
    private GoldSet() {
    }

    public static List<GoldArticle> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The gold set directory " + directory + " does not exist");
        }
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path goldFile : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                articles.add(read(json, goldFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold set in " + directory, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("The gold set directory " + directory + " has no *.gold.json file");
        }
        return articles;
    }

    private static GoldArticle read(ObjectMapper json, Path goldFile) throws IOException {
        JsonNode gold = json.readTree(goldFile.toFile());
        String name = goldFile.getFileName().toString().replace(".gold.json", "");
        String textFile = gold.hasNonNull("file") ? gold.get("file").asText() : name + ".txt";
        String text = Files.readString(goldFile.resolveSibling(textFile), StandardCharsets.UTF_8);
        int split = text.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException(textFile + " needs a title line, a blank line, then the body");
        }
        List<GoldArticle.GoldEntity> entities = new ArrayList<>();
        for (JsonNode entity : gold.path("entities")) {
            entities.add(new GoldArticle.GoldEntity(entity.get("canonical").asText(), strings(entity.path("alt")),
                    strings(entity.path("types")), entity.hasNonNull("id") ? entity.get("id").asText() : null));
        }
        return new GoldArticle(name, text.substring(0, split), text.substring(split + 2), entities,
                strings(gold.path("optional")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
