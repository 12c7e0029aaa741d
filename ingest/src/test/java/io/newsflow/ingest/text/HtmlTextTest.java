package io.newsflow.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private final HtmlText html = new HtmlText();
    private final DateText dates = new DateText();

    @Test
    void blocksBecomeParagraphsAndScriptsVanish() {
        assertThat(html.toText("<div><p>One <b>bold</b>&nbsp;word.</p><script>x()</script><ul><li>a</li><li>b</li></ul>Tail<br>line</div>"))
                .isEqualTo("One bold word.\n\na\n\nb\n\nTail\nline");
    }

    @Test
    void plainTextKeepsItsParagraphs() {
        assertThat(html.tidyText("  First   line\r\n\r\n\r\n  Second\tparagraph  ")).isEqualTo("First line\n\nSecond paragraph");
    }

    @Test
    void titlesBecomeOneLineWithEntitiesDecoded() {
        assertThat(html.toLine("Tom &amp; Jerry\n <em>return</em>")).isEqualTo("Tom & Jerry return");
    }

    @Test
    void readsTheDatesFoundInTheWild() {
        assertThat(dates.parse("2025-11-20T09:15:00+01:00")).contains(Instant.parse("2025-11-20T08:15:00Z"));
        assertThat(dates.parse("2025-11-20T09:15Z")).contains(Instant.parse("2025-11-20T09:15:00Z"));
        assertThat(dates.parse("2025-11-20 09:15:00")).contains(Instant.parse("2025-11-20T09:15:00Z"));
        assertThat(dates.parse("2025-11-20")).contains(Instant.parse("2025-11-20T00:00:00Z"));
        assertThat(dates.parse("Thu, 20 Nov 2025 09:15:00 GMT")).contains(Instant.parse("2025-11-20T09:15:00Z"));
        assertThat(dates.parse("1764057600000")).contains(Instant.ofEpochMilli(1764057600000L));
        assertThat(dates.parse("1764057600")).contains(Instant.ofEpochSecond(1764057600L));
        assertThat(dates.parse("last Tuesday")).isEmpty();
    }
}
