package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyWordsTest {

    @Test
    void curlyAndStraightQuotesDashesAndSpacingGiveTheSameWords() {
        String curly = "Trump called it “a mess” — Moscow’s offensive began in 2022.";
        String straight = "Trump called it \"a mess\" - Moscow's   offensive\nbegan in 2022.";
        assertThat(words(straight)).isEqualTo(words(curly));
        assertThat(kinds(straight)).isEqualTo(kinds(curly));
    }

    @Test
    void hardWrappedLinesReadAsTheUnwrappedParagraph() {
        String wrapped = "Shares fell after Prime\nMinister Keir Starmer spoke.";
        String unwrapped = "Shares fell after Prime Minister Keir Starmer spoke.";
        assertThat(words(wrapped)).isEqualTo(words(unwrapped));
        assertThat(kinds(wrapped)).isEqualTo(kinds(unwrapped));
    }

    @Test
    void thousandsSeparatorsPercentSignsAndAcronymDotsFold() {
        assertThat(words("a crowd of 87,000 saw it")).isEqualTo(words("a crowd of 87000 saw it"));
        assertThat(words("rose 5% on Monday")).isEqualTo(words("rose 5 percent on Monday"))
                .isEqualTo(words("rose 5 per cent on Monday"));
        assertThat(words("the U.S. plan")).isEqualTo(words("the US plan"));
        assertThat(words("at 11 a.m. local time")).isEqualTo(words("at 11 am local time"));
    }

    @Test
    void decimalPointsStayInsideTheirNumber() {
        assertThat(words("rose 4.5 percent")).isNotEqualTo(words("rose 45 percent"));
        assertThat(kinds("rose 4.5 percent")).containsExactly(BodyWords.PLAIN, BodyWords.NUMBER, BodyWords.PLAIN);
    }

    @Test
    void numberWordsFromTwoToTwentyAreFigures() {
        assertThat(words("at least nine people died")).isEqualTo(words("at least 9 people died"));
        assertThat(kinds("Nine people died")).startsWith(BodyWords.NUMBER);
        assertThat(kinds("one of the people")).startsWith(BodyWords.PLAIN);
    }

    @Test
    void namesAreCapitalisedWordsThatDoNotOpenASentence() {
        assertThat(kinds("Putin met Jared Kushner in Moscow. The talks ended."))
                .containsExactly(BodyWords.PLAIN, BodyWords.PLAIN, BodyWords.NAME, BodyWords.NAME, BodyWords.PLAIN,
                        BodyWords.NAME, BodyWords.PLAIN, BodyWords.PLAIN, BodyWords.PLAIN);
        assertThat(kinds("Full time: Manchester City")).containsExactly(BodyWords.PLAIN, BodyWords.PLAIN,
                BodyWords.NAME, BodyWords.NAME);
    }

    @Test
    void datelineBylineCreditsAndPromotionAreNotRead() {
        String plain = "Top US negotiators met Putin on Tuesday.\n\nThe talks ended.";
        String wire = "By Guy Faulconbridge\n\nMOSCOW, Dec 2 (Reuters) - Top US negotiators met Putin on Tuesday.\n\n"
                + "Photo: Putin in the Kremlin. REUTERS/Pool\n\nThe talks ended.\n\n"
                + "(Reporting by Guy Faulconbridge; Editing by Ros Russell)\n\nFollow us on X for more.\n\nScroll to Top";
        assertThat(words(wire)).isEqualTo(words(plain));
        assertThat(kinds(wire)).isEqualTo(kinds(plain));
    }

    @Test
    void nullAndBlankBodiesHaveNoWords() {
        assertThat(BodyWords.scan(null).size()).isZero();
        assertThat(BodyWords.scan(" \n\n ").size()).isZero();
    }

    static List<Long> words(String body) {
        BodyWords words = BodyWords.scan(body);
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            hashes.add(words.hash(i));
        }
        return hashes;
    }

    static List<Byte> kinds(String body) {
        BodyWords words = BodyWords.scan(body);
        List<Byte> kinds = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            kinds.add(words.kind(i));
        }
        return kinds;
    }
}
