package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated part of "one entity, one name": spellings and short names that no gazetteer joins
 * (Zelenskyy/Zelensky, Kiev/Kyiv, US/U.S./USA, Trump when the article never writes the full name),
 * and names the CRF misses, which are then found by an exact scan of the text ("US").
 */
public final class AliasTable {
    public static final String RESOURCE = "/io/newsflow/enrich/entity/aliases.tsv";

    /**
     * One row of the table.
     *
     * @param surface the form as written (exact case)
     * @param canonical the canonical name
     * @param type the class to force, or null to keep the tagger's
     * @param id the stable id to force, or null to derive it
     * @param scan true when the text is scanned for this form
     */
    public record Alias(String surface, String canonical, EntityType type, String id, boolean scan) {}

    private final Map<String, Alias> bySurface;
    private final List<Alias> scanned;

    private AliasTable(Map<String, Alias> bySurface, List<Alias> scanned) {
        this.bySurface = Map.copyOf(bySurface);
        this.scanned = List.copyOf(scanned);
    }

    public static AliasTable load() {
        try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The alias table " + RESOURCE + " is missing from the classpath");
            }
            Map<String, Alias> bySurface = new HashMap<>();
            List<Alias> scanned = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length != 5) {
                        throw new IllegalStateException(RESOURCE + " line " + number
                                + " needs 5 tab-separated columns, has " + f.length);
                    }
                    Alias alias = new Alias(f[0], f[1], "-".equals(f[2]) ? null : EntityType.valueOf(f[2]),
                            "-".equals(f[3]) ? null : f[3], "scan".equals(f[4]));
                    bySurface.put(alias.surface(), alias);
                    if (alias.scan()) {
                        scanned.add(alias);
                    }
                }
            }
            return new AliasTable(bySurface, scanned);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the alias table " + RESOURCE, e);
        }
    }

    public Optional<Alias> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /** Rows whose surface form is looked for in the text even where the tagger saw nothing. */
    public List<Alias> scanned() {
        return scanned;
    }
}
