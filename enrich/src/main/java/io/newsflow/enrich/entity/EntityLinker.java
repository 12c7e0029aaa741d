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
        List<String> longOrgNames = multiWordNames(mentions, EntityType.ORGANIZATION);
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
            } else if (mention.type() == EntityType.ORGANIZATION) {
                name = orgCompletion(name, longOrgNames).orElse(name);
            }
            String canonical = name;
            Cluster cluster = clusters.computeIfAbsent(key(name), k -> new Cluster(canonical));
            cluster.mentions.add(mention);
            if (forcedType != null && cluster.forcedType == null) {
                cluster.forcedType = forcedType;
            }
            if (forcedId != null && cluster.forcedId == null) {
                cluster.forcedId = forcedId;
            }
        }
        Set<String> articleCountries = articleCountries(clusters.values());
        Map<String, LinkedEntity> byId = new LinkedHashMap<>();
        for (Cluster cluster : clusters.values()) {
            LinkedEntity entity = resolve(cluster, articleCountries);
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

    private LinkedEntity resolve(Cluster cluster, Set<String> articleCountries) {
        EntityType type = cluster.type();
        String name = cluster.name;
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
        if (type != EntityType.PERSON) {
            Optional<Gazetteer.Country> country = gazetteer.country(name);
            if (country.isPresent()) {
                return country(country.get(), cluster);
            }
        }
        if (type == EntityType.LOCATION) {
            Optional<Gazetteer.City> city = gazetteer.city(name, articleCountries);
            if (city.isPresent()) {
                Gazetteer.City c = city.get();
                return new LinkedEntity(c.id(), c.name(), EntityType.LOCATION, c.countryCode(), c.latitude(),
                        c.longitude(), cluster.mentions);
            }
        }
        return new LinkedEntity(prefix(type) + slug(name), name, type, null, null, null, cluster.mentions);
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
     * "Jared Kushner"). The most frequent full name wins when several share a surname.
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
        return Optional.empty();
    }

    /** "Goldman" joins "Goldman Sachs" when the article names the organisation in full. */
    private static Optional<String> orgCompletion(String name, List<String> longNames) {
        for (String full : longNames) {
            if (full.length() > name.length() && full.startsWith(name + " ")) {
                return Optional.of(full);
            }
        }
        return Optional.empty();
    }

    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
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
