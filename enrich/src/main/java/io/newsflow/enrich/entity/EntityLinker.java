package io.newsflow.enrich.entity;

import io.newsflow.schemas.avro.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entity, one name. Within an article, a short mention joins the full name it abbreviates
 * ("Kushner" -> "Jared Kushner"); a short name the article never completes takes the alias
 * table's ("Trump" -> "Donald Trump"). Across articles, every entity gets a canonical name and a
 * stable id: countries by ISO code, cities by GeoNames id (the candidate in a country the article
 * mentions beats a bigger namesake), people, organisations and the rest by a slug of the name.
 */
public final class EntityLinker {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long BIG_CITY = 100_000;

    private final Gazetteer gazetteer;
    private final AliasTable aliases;

    public EntityLinker(Gazetteer gazetteer, AliasTable aliases) {
        this.gazetteer = gazetteer;
        this.aliases = aliases;
    }

    /** A group of mentions that name one thing, before it is linked. */
    private static final class Cluster {
        final String name;
        final List<EntityMention> mentions = new ArrayList<>();
        EntityType forcedType;
        String forcedId;
        boolean joined;
        boolean completed;

        Cluster(String name) {
            this.name = name;
        }

        EntityType type() {
            if (forcedType != null) {
                return forcedType;
            }
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            EntityType longest = mentions.get(0).type();
            int longestTokens = 0;
            for (EntityMention mention : mentions) {
                votes.merge(mention.type(), 1, Integer::sum);
                if (mention.tokenCount() > longestTokens) {
                    longestTokens = mention.tokenCount();
                    longest = mention.type();
                }
            }
            EntityType best = longest;
            for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
                if (vote.getValue() > votes.get(best)) {
                    best = vote.getKey();
                }
            }
            return best;
        }
    }

    /**
     * @param mentions the article's mentions in text order
     * @return its entities, mentions in text order, in order of first mention
     */
    public List<LinkedEntity> link(List<EntityMention> mentions) {
        List<String> fullPersonNames = fullPersonNames(mentions);
        List<String> longOtherNames = new ArrayList<>(multiWordNames(mentions, EntityType.ORGANIZATION));
        longOtherNames.addAll(multiWordNames(mentions, EntityType.MISC));
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            String name = mention.text();
            EntityType forcedType = null;
            String forcedId = null;
            Optional<String> fullName = completion(mention, fullPersonNames);
            Optional<AliasTable.Alias> alias = aliases.lookup(name);
            if (fullName.isPresent()) {
                name = fullName.get();
                forcedType = EntityType.PERSON;
                Optional<AliasTable.Alias> fullAlias = aliases.lookup(name);
                if (fullAlias.isPresent()) {
                    name = fullAlias.get().canonical();
                    forcedId = fullAlias.get().id();
                }
            } else if (alias.isPresent()) {
                name = alias.get().canonical();
                forcedType = alias.get().type();
                forcedId = alias.get().id();
            } else if (mention.type() != EntityType.LOCATION) {
                name = orgCompletion(name, longOtherNames).orElse(name);
            }
            String canonical = name;
            Cluster cluster = clusters.computeIfAbsent(key(name), k -> new Cluster(canonical));
            cluster.mentions.add(mention);
            if (forcedType != null && cluster.forcedType == null) {
                cluster.forcedType = forcedType;
            }
            cluster.joined |= fullName.isPresent() || mention.tokenCount() > 1;
            cluster.completed |= fullName.isPresent();
            if (forcedId != null && cluster.forcedId == null) {
                cluster.forcedId = forcedId;
            }
        }
        Set<String> articleCountries = articleCountries(clusters.values());
        Set<String> articleRegions = new HashSet<>();
        for (Cluster cluster : clusters.values()) {
            if (cluster.type() != EntityType.PERSON) {
                gazetteer.usStateCode(cluster.name).ifPresent(code -> {
                    articleRegions.add("US-" + code);
                    articleCountries.add("US");
                });
            }
        }
        long states = clusters.values().stream()
                .filter(c -> c.type() == EntityType.LOCATION && gazetteer.isStateOrProvince(c.name)).count();
        Map<String, LinkedEntity> byId = new LinkedHashMap<>();
        for (Cluster cluster : clusters.values()) {
            LinkedEntity entity = resolve(cluster, articleCountries, articleRegions, states >= 2);
            LinkedEntity existing = byId.get(entity.id());
            if (existing == null) {
                byId.put(entity.id(), entity);
            } else {
                List<EntityMention> merged = new ArrayList<>(existing.mentions());
                merged.addAll(entity.mentions());
                merged.sort((a, b) -> Integer.compare(a.start(), b.start()));
                byId.put(entity.id(), new LinkedEntity(existing.id(), existing.name(), existing.type(),
                        existing.countryCode(), existing.latitude(), existing.longitude(), merged));
            }
        }
        return List.copyOf(byId.values());
    }

    private LinkedEntity resolve(Cluster cluster, Set<String> articleCountries, Set<String> articleRegions,
            boolean articleNamesStates) {
        EntityType type = cluster.type();
        String name = cluster.name;
        if (type == EntityType.PERSON && cluster.forcedType == null && !cluster.joined
                && (cluster.mentions.stream().allMatch(EntityMention::placeContext)
                        || gazetteer.cities(name).stream().anyMatch(c -> articleCountries.contains(c.countryCode())))) {
            // A lone capitalised word "in" somewhere, or a town of a country the article is about,
            // is a place the CRF took for a person ("shelters in Khan Younis").
            type = EntityType.LOCATION;
        } else if (type == EntityType.PERSON && cluster.forcedType == null && !cluster.completed && isPlaceName(name)) {
            // A name the article never gives a first name to, and that is a country, a state or a
            // city of 100,000 people, is that place ("Chiang Mai", "Goa").
            type = EntityType.LOCATION;
        }
        if (cluster.forcedId != null) {
            if (cluster.forcedId.startsWith("country:")) {
                Optional<Gazetteer.Country> country = gazetteer.countryByCode(cluster.forcedId.substring(8));
                if (country.isPresent()) {
                    return country(country.get(), cluster);
                }
            } else if (cluster.forcedId.startsWith("geonames:")) {
                Optional<Gazetteer.City> city = gazetteer.cityById(Long.parseLong(cluster.forcedId.substring(9)));
                if (city.isPresent()) {
                    Gazetteer.City c = city.get();
                    return new LinkedEntity(c.id(), name, EntityType.LOCATION, c.countryCode(), c.latitude(),
                            c.longitude(), cluster.mentions);
                }
            }
            return new LinkedEntity(cluster.forcedId, name, type, null, null, null, cluster.mentions);
        }
        boolean region = gazetteer.isStateOrProvince(name) || cluster.mentions.stream().allMatch(EntityMention::regionContext);
        if (type != EntityType.PERSON) {
            Optional<Gazetteer.Country> country = gazetteer.country(name);
            // Georgia the state when the article names other states, else Georgia the country.
            if (country.isPresent() && !(region && articleNamesStates)) {
                return country(country.get(), cluster);
            }
        }
        if (region && type != EntityType.PERSON) {
            return new LinkedEntity("location:" + slug(name), name, EntityType.LOCATION, null, null, null,
                    cluster.mentions);
        }
        if (type == EntityType.LOCATION) {
            Optional<Gazetteer.City> city = gazetteer.city(name, articleCountries, articleRegions);
            if (city.isPresent()) {
                Gazetteer.City c = city.get();
                return new LinkedEntity(c.id(), c.name(), EntityType.LOCATION, c.countryCode(), c.latitude(),
                        c.longitude(), cluster.mentions);
            }
        }
        return new LinkedEntity(prefix(type) + slug(name), name, type, null, null, null, cluster.mentions);
    }

    private boolean isPlaceName(String name) {
        if (gazetteer.isGivenName(name.split(" ")[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return gazetteer.country(name).isPresent() || gazetteer.isStateOrProvince(name)
                || gazetteer.cities(name).stream().anyMatch(c -> c.population() >= BIG_CITY);
    }

    private static LinkedEntity country(Gazetteer.Country country, Cluster cluster) {
        return new LinkedEntity(country.id(), country.name(), EntityType.LOCATION, country.code(),
                country.latitude(), country.longitude(), cluster.mentions);
    }

    /** Countries the article names, or whose people it names ("Ukrainian"), steer city choice. */
    private Set<String> articleCountries(Iterable<Cluster> clusters) {
        Set<String> codes = new HashSet<>();
        for (Cluster cluster : clusters) {
            if (cluster.forcedId != null && cluster.forcedId.startsWith("country:")) {
                codes.add(cluster.forcedId.substring(8));
                continue;
            }
            EntityType type = cluster.type();
            if (type == EntityType.PERSON) {
                continue;
            }
            gazetteer.country(cluster.name).ifPresent(c -> codes.add(c.code()));
            if (type == EntityType.MISC) {
                gazetteer.countryOfDemonym(cluster.name).ifPresent(c -> codes.add(c.code()));
            }
        }
        return codes;
    }

    private static List<String> fullPersonNames(List<EntityMention> mentions) {
        return multiWordNames(mentions, EntityType.PERSON);
    }

    private static List<String> multiWordNames(List<EntityMention> mentions, EntityType type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            if (mention.type() == type && mention.tokenCount() >= 2) {
                counts.merge(mention.text(), 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return names;
    }

    /**
     * The full person name a short mention stands for: its words end the full name ("Kushner" in
     * "Jared Kushner"; the most frequent full name wins when several share a surname), or it is
     * the one full name containing that word ("Carlos" or "Lula" alone).
     */
    private static Optional<String> completion(EntityMention mention, List<String> fullNames) {
        if (mention.type() == EntityType.LOCATION && mention.tokenCount() > 1) {
            return Optional.empty();
        }
        String text = mention.text();
        for (String full : fullNames) {
            if (full.length() > text.length() && full.endsWith(" " + text)) {
                return Optional.of(full);
            }
        }
        if (mention.type() != EntityType.PERSON || mention.tokenCount() != 1) {
            return Optional.empty();
        }
        String only = null;
        for (String full : fullNames) {
            if (List.of(full.split(" ")).contains(text)) {
                if (only != null && !only.equals(full)) {
                    return Optional.empty();
                }
                only = full;
            }
        }
        return Optional.ofNullable(only);
    }

    /**
     * "Lakers" joins "Los Angeles Lakers", "Milo" joins "Hurricane Milo" when the article names it
     * in full. A prefix does not join: "Apple" is not "Apple Music".
     */
    private static Optional<String> orgCompletion(String name, List<String> longNames) {
        if (!name.contains(" ")) {
            for (String full : longNames) {
                if (full.endsWith(" " + name)) {
                    return Optional.of(full);
                }
            }
        }
        return Optional.empty();
    }

    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll("-");
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return from == to ? "unnamed" : slug.substring(from, to);
    }

    private static String prefix(EntityType type) {
        switch (type) {
            case PERSON:
                return "person:";
            case ORGANIZATION:
                return "org:";
            case LOCATION:
                return "location:";
            default:
                return "misc:";
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
