package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final EntityLinker linker = new EntityLinker(GAZETTEER, AliasTable.load());

    @Test
    void surnameJoinsTheFullNameMetEarlierOrLater() {
        List<LinkedEntity> entities = link(person("Kushner"), person("Jared Kushner"), person("Kushner"));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Jared Kushner");
            assertThat(e.id()).isEqualTo("person:jared-kushner");
            assertThat(e.mentions()).hasSize(3);
        });
    }

    @Test
    void aliasTableCompletesANameTheArticleNeverWritesInFull() {
        assertThat(link(person("Trump"))).singleElement().extracting(LinkedEntity::name).isEqualTo("Donald Trump");
    }

    @Test
    void theArticlesOwnFullNameWinsOverTheAliasTable() {
        assertThat(link(person("Melania Trump"), person("Trump"))).singleElement()
                .extracting(LinkedEntity::name).isEqualTo("Melania Trump");
    }

    @Test
    void countriesGetIsoIdsWhateverTheSpelling() {
        List<LinkedEntity> entities = link(place("US"), place("U.S."), place("United States of America"), place("America"));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("country:US");
            assertThat(e.name()).isEqualTo("United States");
            assertThat(e.countryCode()).isEqualTo("US");
        });
        assertThat(link(org("Russia"))).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("country:RU");
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        });
    }

    @Test
    void citiesGetGeoNamesIdsAndTheArticlesCountryDecidesBetweenNamesakes() {
        LinkedEntity pokrovsk = find(link(place("Ukraine"), place("Pokrovsk")), "Pokrovsk").orElseThrow();
        assertThat(pokrovsk.countryCode()).isEqualTo("UA");
        assertThat(pokrovsk.id()).isEqualTo("geonames:704422");
        LinkedEntity paris = find(link(place("Texas"), place("Paris")), "Paris").orElseThrow();
        assertThat(paris.countryCode()).isEqualTo("US");
        assertThat(find(link(place("Paris")), "Paris").orElseThrow().countryCode()).isEqualTo("FR");
    }

    @Test
    void spellingVariantsOfOnePlaceBecomeOneEntity() {
        assertThat(link(place("Kiev"), place("Kyiv"))).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kyiv");
            assertThat(e.id()).isEqualTo("geonames:703448");
            assertThat(e.mentions()).extracting(EntityMention::text).containsExactly("Kiev", "Kyiv");
        });
        assertThat(link(place("Reykjavik"))).singleElement().extracting(LinkedEntity::id).isEqualTo("geonames:3413829");
    }

    @Test
    void statesAreRegionsNotTheirSmallNamesakeTowns() {
        assertThat(link(place("Florida"))).singleElement().extracting(LinkedEntity::id).isEqualTo("location:florida");
        assertThat(find(link(place("Florida"), place("Georgia"), place("Alabama")), "Georgia").orElseThrow().id())
                .isEqualTo("location:georgia");
        assertThat(link(place("Georgia"))).singleElement().extracting(LinkedEntity::id).isEqualTo("country:GE");
    }

    @Test
    void aLoneNameAfterInIsAPlaceEvenWhenTaggedAsAPerson() {
        EntityMention inTown = new EntityMention("Khanpur", 10, 17, EntityType.PERSON, 0, false, true, false);
        assertThat(linker.link(List.of(inTown))).singleElement().extracting(LinkedEntity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void idsOfOtherEntitiesAreSlugsOfTheirNames() {
        assertThat(link(org("Société Générale"))).singleElement().extracting(LinkedEntity::id)
                .isEqualTo("org:societe-generale");
        assertThat(link(org("U.S. Steel"), org("US Steel"))).singleElement().extracting(LinkedEntity::id)
                .isEqualTo("org:us-steel");
    }

    private List<LinkedEntity> link(EntityMention... mentions) {
        List<EntityMention> placed = new ArrayList<>();
        int offset = 0;
        for (EntityMention m : mentions) {
            placed.add(new EntityMention(m.text(), offset, offset + m.text().length(), m.type(), placed.size(), false,
                    false, false));
            offset += m.text().length() + 10;
        }
        return linker.link(placed);
    }

    private static Optional<LinkedEntity> find(List<LinkedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static EntityMention person(String text) {
        return new EntityMention(text, 0, text.length(), EntityType.PERSON, 0, false, false, false);
    }

    private static EntityMention place(String text) {
        return new EntityMention(text, 0, text.length(), EntityType.LOCATION, 0, false, false, false);
    }

    private static EntityMention org(String text) {
        return new EntityMention(text, 0, text.length(), EntityType.ORGANIZATION, 0, false, false, false);
    }
}
