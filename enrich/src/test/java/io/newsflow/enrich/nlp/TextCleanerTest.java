package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void dropsPageFurnitureAroundTheStory() {
        String page = "Share this article\n\nThe council approved the budget on Monday.\n\n"
                + "Also Read: Ten things to know about the budget\n\nSubscribe to our newsletter\n\n"
                + "We use cookies to improve your experience. Accept all cookies\n\nAdvertisement\n\n"
                + "The vote was 7 to 2.\n\nScroll to Top";
        assertThat(cleaner.clean(page))
                .isEqualTo("The council approved the budget on Monday.\n\nThe vote was 7 to 2.");
    }

    @Test
    void dropsCategoryRowsCreditsBylinesAndArchivedNotes() {
        String page = "By Jane Doe and John Roe\n\nThe storm reached Halifax on Sunday.\n\n"
                + "(Photo: NASA/Bill Ingalls)\n\nImage: Environment Canada\n\nArchived\n\n"
                + "Reporting by Jane Doe; Editing by John Roe\n\nCategories: Canada, Weather\n\n"
                + "2008 Canada Published North America Politics\n\nCrews restored power by Tuesday.";
        assertThat(cleaner.clean(page))
                .isEqualTo("The storm reached Halifax on Sunday.\n\nCrews restored power by Tuesday.");
    }

    @Test
    void keepsSentencesThatOpenWithByOrNameThePublisher() {
        String story = "By Tuesday the river had fallen.\n\nThe paper was Published Weekly Until 1990, Its Editor Said.\n\n"
                + "Smith Published Three Books";
        assertThat(cleaner.clean(story)).isEqualTo("By Tuesday the river had fallen.\n\n"
                + "The paper was Published Weekly Until 1990, Its Editor Said.\n\nSmith Published Three Books");
    }

    @Test
    void keepsStorySentencesThatMerelyMentionPromptWords() {
        String story = "Readers who subscribe to the paper's print edition fell by a third, the publisher said.\n\n"
                + "Related talks were held in Geneva on Tuesday.";
        assertThat(cleaner.clean(story)).isEqualTo(story);
    }

    @Test
    void decodesHtmlEntitiesIncludingDoubleEncodedOnes() {
        assertThat(cleaner.clean("AT&amp;T said &quot;no&quot; &#8212; again &amp;amp; again&hellip;"))
                .isEqualTo("AT&T said \"no\" \u2014 again & again\u2026");
    }

    @Test
    void normalisesOddWhitespaceButKeepsParagraphs() {
        String messy = "First\u00A0paragraph\u200B   with\ttabs.\r\n\r\n\r\n\r\nSecond  paragraph.\u2028Same paragraph.";
        assertThat(cleaner.clean(messy)).isEqualTo("First paragraph with tabs.\n\nSecond paragraph.\nSame paragraph.");
    }

    @Test
    void stripsLeftoverTagsAndCollapsesTitleToOneLine() {
        assertThat(cleaner.cleanLine("  <b>Storm</b> hits\n coast &amp; islands ")).isEqualTo("Storm hits coast & islands");
    }

    @Test
    void emptyOrNullBodyBecomesEmptyText() {
        assertThat(cleaner.clean(null)).isEmpty();
        assertThat(cleaner.clean("   \n\n  ")).isEmpty();
    }
}
