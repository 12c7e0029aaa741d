package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.StopWords;
import io.newsflow.enrich.sentiment.SentimentLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps after the CRF, on sentences labelled by hand as the 4-class model labels them. */
class MentionExtractorTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final MentionExtractor extractor = new MentionExtractor(StopWords.load(), SentimentLexicon.load(),
            GAZETTEER, AliasTable.load());

    @Test
    void agencyOpeningASentenceIsAnOrganisation() {
        assertThat(mentions("AFP/ORGANIZATION reported that the talks would resume .")).containsExactly("AFP/ORGANIZATION");
    }

    @Test
    void agencyCreditedInParenthesesIsNotAName() {
        assertThat(mentions("PARIS/LOCATION ( AFP/ORGANIZATION ) -- Officials said the talks would resume ."))
                .containsExactly("PARIS/LOCATION");
    }

    @Test
    void sentenceFinalAbbreviationKeepsItsPeriod() {
        TaggedSentences tagged = TaggedSentences.of("They flew to Washington/LOCATION D.C/LOCATION .");
        // The tokenizer gives a sentence-final "D.C." two tokens: "D.C." without its period, then ".".
        List<io.newsflow.enrich.nlp.Token> tokens = new java.util.ArrayList<>(tagged.sentences.get(0).tokens());
        io.newsflow.enrich.nlp.Token dc = tokens.get(4);
        tokens.set(4, new io.newsflow.enrich.nlp.Token("D.C.", dc.text(), dc.start(), dc.end(), dc.label()));
        String text = tagged.text.replace("D.C .", "D.C.");
        io.newsflow.enrich.nlp.Sentence sentence = new io.newsflow.enrich.nlp.Sentence(0, 0, text.length(), tokens);
        assertThat(extractor.extract(text, List.of(sentence))).extracting(EntityMention::text)
                .containsExactly("Washington D.C.");
    }

    @Test
    void personOfAGroupIsTwoNames() {
        assertThat(mentions("Student leader Nathan/MISC Law/MISC of/MISC Demosisto/MISC spoke ."))
                .containsExactly("Nathan Law/PERSON", "Demosisto/ORGANIZATION");
    }

    @Test
    void organisationsPersonAfterAPossessiveIsTwoNames() {
        assertThat(mentions("The bill was backed by DAB/ORGANIZATION 's/ORGANIZATION Starry/ORGANIZATION Lee/ORGANIZATION .",
                "Starry/PERSON Lee/PERSON said it would pass ."))
                .containsExactly("DAB/ORGANIZATION", "Starry Lee/PERSON", "Starry Lee/PERSON");
    }

    @Test
    void titleEndingInAPlaceIsCutBeforeThePerson() {
        assertThat(mentions("Ambassador to the United/LOCATION States/LOCATION Hamdullah/LOCATION Mohib/LOCATION said so ."))
                .containsExactly("United States/LOCATION", "Hamdullah Mohib/PERSON");
    }

    @Test
    void photoCreditIsAnAgencyAndAPhotographer() {
        assertThat(mentions("Liftoff . NASA/ORGANIZATION //ORGANIZATION Bill/ORGANIZATION Ingalls/ORGANIZATION"))
                .containsExactly("NASA/ORGANIZATION", "Bill Ingalls/PERSON");
    }

    @Test
    void leadingArticleIsNotPartOfTheNameUnlessWrittenAsPartOfIt() {
        assertThat(mentions("The/ORGANIZATION Huffington/ORGANIZATION Post/ORGANIZATION reported it .",
                "He joined the/ORGANIZATION Church/ORGANIZATION of/ORGANIZATION Scientology/ORGANIZATION in 1990 .",
                "Fans of The/ORGANIZATION Beatles/ORGANIZATION met in The/LOCATION Hague/LOCATION ."))
                .containsExactly("Huffington Post/ORGANIZATION", "Church of Scientology/ORGANIZATION",
                        "The Beatles/ORGANIZATION", "The Hague/LOCATION");
    }

    @Test
    void furnitureWordsAreCutFromNames() {
        assertThat(mentions("Environment/ORGANIZATION Canada/ORGANIZATION Archived/ORGANIZATION"))
                .containsExactly("Environment Canada/ORGANIZATION");
    }

    @Test
    void facilitiesAreNamedByTheirLastWordEvenWhereTheCrfSawPartOrNone() {
        assertThat(mentions("Delegates met at the Metro/LOCATION Toronto/LOCATION Convention Centre , the Canadian/MISC Press said .",
                "The crew trained at Wright-Patterson Air Force Base and the Johnson Space Center ."))
                .containsExactly("Metro Toronto Convention Centre/ORGANIZATION", "Canadian Press/ORGANIZATION",
                        "Wright-Patterson Air Force Base/ORGANIZATION", "Johnson Space Center/ORGANIZATION");
    }

    @Test
    void facilityOfWordsTheArticleAlsoWritesInLowerCaseIsNotAName() {
        assertThat(mentions("He opened a new Community Health Center so the community gets health care .")).isEmpty();
    }

    @Test
    void namesInAListShareTheirType() {
        assertThat(mentions("Belgium/LOCATION named Romelu/PERSON Lukaku/PERSON , Yannick/PERSON Carrasco/PERSON , and Dries Mertens ."))
                .containsExactly("Belgium/LOCATION", "Romelu Lukaku/PERSON", "Yannick Carrasco/PERSON", "Dries Mertens/PERSON");
    }

    @Test
    void aListOfNamesOfTwoKindsIsLeftAlone() {
        assertThat(mentions("Talks in Paris/LOCATION , Reuters/ORGANIZATION and Lyon Metropole went on ."))
                .containsExactly("Paris/LOCATION", "Reuters/ORGANIZATION");
    }

    @Test
    void aNameFoundOnceIsFoundWhereverTheArticleRepeatsIt() {
        assertThat(mentions("Romelu/PERSON Lukaku/PERSON scored twice .", "Coaches praised Romelu Lukaku after the game .",
                "Later Lukaku/PERSON said the Lukaku Foundation would help ."))
                .containsExactly("Romelu Lukaku/PERSON", "Romelu Lukaku/PERSON", "Lukaku/PERSON", "Lukaku Foundation/ORGANIZATION");
    }

    @Test
    void unlabelledNationalitiesAreMisc() {
        assertThat(mentions("It is the tenth album by a Japanese punk band .")).containsExactly("Japanese/MISC");
    }

    @Test
    void battlesAndAwardsAreEventsAndLeaguesOrganisations() {
        assertThat(mentions("The Battle/ORGANIZATION of/ORGANIZATION Gettysburg/ORGANIZATION was fought in 1863 .",
                "She won the Brit/ORGANIZATION Award/ORGANIZATION and joined the League/MISC of/MISC Rights/MISC ."))
                .containsExactly("Battle of Gettysburg/MISC", "Brit Award/MISC", "League of Rights/ORGANIZATION");
    }

    private List<String> mentions(String... lines) {
        TaggedSentences tagged = TaggedSentences.of(lines);
        return extractor.extract(tagged.text, tagged.sentences).stream().map(m -> m.text() + "/" + m.type()).toList();
    }
}
