package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "By Guy Faulconbridge", "By Karen Lema, Reuters", "By Alex Lawler and Maha El Dahan",
            "By the Associated Press", "BY JANE DOE", "By Claire Whitfield, Arts Correspondent",
            "(Reporting by Andy Sullivan; Editing by Scott Malone)",
            "Additional reporting by Duncan Miriri; Writing by George Obulutsa",
            "(Writing by Tom Ellis; editing by Ken Ferris)", "(Updates with closing prices)",
            "Editor's note: This story was updated with the number of cancelled flights.",
            "Editor’s note: an earlier version misspelt a name.",
            "This story has been corrected to show that Obiri won the race for the third time, not the second.",
            "This article first appeared in The Patna Chronicle.",
            "This story originally published in The Triangle Business Journal.",
            "Photo: The US Capitol building is seen in Washington. REUTERS/Kevin Lamarque",
            "Read more: Fed officials split over the path of rates", "Related: What the rate cut means for you",
            "Follow us on X and Facebook for the latest markets news.", "Sign up for our daily business briefing.",
            "Scroll to Top", "Copyright 2026 The Associated Press. All rights reserved.", "© 2026 Newsflow.",
            "Updated 10:42 GMT", "Last updated: 3 December 2026", "The  story has been corrected.", "(c) 2026 Newsflow"})
    void dropsLinesThatFrameTheStory(String line) {
        assertThat(Boilerplate.isBoilerplate(line, 0, line.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By the end of the year, the company had cut 4,000 jobs.", "By Tuesday, the talks had collapsed.",
            "Follow-up talks are planned for next week in Geneva.",
            "Published figures showed growth slowed in the third quarter, to 1.1 percent from 1.4 percent a year earlier.",
            "Related parties must disclose their holdings.", "The photo agency said it had no comment.",
            "Editors at the paper said the story stood.", "Putin received Jared Kushner in the Kremlin.", "This", "The",
            "The stories of the survivors were told."})
    void keepsStorySentencesThatLookAlike(String line) {
        assertThat(Boilerplate.isBoilerplate(line, 0, line.length())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KYIV (Reuters) - ", "WASHINGTON, Oct 13 (Reuters) - ", "TOKYO -- ", "NEW YORK — ",
            "JOHANNESBURG, South Africa (AP) — ", "TAMPA, Fla. (AP) — ", "TOKYO/PITTSBURGH, Dec 3 (Reuters) - ",
            "Monte Carlo (AFP) - ", "Kyiv, Ukraine (AP) — ", "Oct 22 (Newsflow) - ", "NEW DELHI (Newsflow) – "})
    void cutsTheDatelineOfTheFirstLine(String dateline) {
        String line = dateline + "Top US negotiators met Putin.";
        assertThat(Boilerplate.datelineLength(line, 0, line.length())).isEqualTo(dateline.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "US stocks closed higher on Monday - a third day of gains.",
            "Putin - who has ruled since 2000 - said the talks were useful.",
            "BREAKING: Magnitude 5.2 earthquake strikes off Japan - USGS",
            "Top US negotiators met Putin on Tuesday."})
    void leavesAFirstLineWithoutDatelineAlone(String line) {
        assertThat(Boilerplate.datelineLength(line, 0, line.length())).isZero();
    }
}
