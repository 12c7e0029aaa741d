package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    private String canonical(String url) {
        return canonicalizer.canonicalize(url).orElse(null);
    }

    @Test
    void lowerCasesSchemeAndHostButNotPath() {
        assertThat(canonical("HTTPS://WWW.Example.COM/World/Story.html")).isEqualTo("https://www.example.com/World/Story.html");
    }

    @Test
    void dropsFragmentDefaultPortAndUserInfo() {
        assertThat(canonical("https://user:pw@example.com:443/a#comments")).isEqualTo("https://example.com/a");
        assertThat(canonical("http://example.com:80/a")).isEqualTo("http://example.com/a");
        assertThat(canonical("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
    }

    @Test
    void dropsTrackingParametersAndSortsTheRest() {
        assertThat(canonical("https://example.com/a?utm_source=rss&z=1&fbclid=abc&gclid=x&a=2&mc_cid=1&mc_eid=2&igshid=q&ref_src=twsrc&UTM_Medium=feed"))
                .isEqualTo("https://example.com/a?a=2&z=1");
    }

    @Test
    void sameStoryLinkedFromTwoCampaignsHasOneCanonicalUrl() {
        assertThat(canonical("https://example.com/story?id=7&utm_campaign=morning"))
                .isEqualTo(canonical("https://EXAMPLE.com/story?utm_source=twitter&id=7#top"));
    }

    @Test
    void emptyPathBecomesSlashAndDotSegmentsGo() {
        assertThat(canonical("https://example.com")).isEqualTo("https://example.com/");
        assertThat(canonical("https://example.com/a/./b/../c")).isEqualTo("https://example.com/a/c");
    }

    @Test
    void escapesCharactersFeedsLeaveRaw() {
        assertThat(canonical("https://example.com/a b|c/é")).isEqualTo("https://example.com/a%20b%7Cc/%C3%A9");
    }

    @Test
    void hasNoCanonicalFormForNonHttpOrRelativeUrls() {
        assertThat(canonicalizer.canonicalize("tag:example.com,2025:123")).isEmpty();
        assertThat(canonicalizer.canonicalize("/relative/path")).isEmpty();
        assertThat(canonicalizer.canonicalize("mailto:a@example.com")).isEmpty();
        assertThat(canonicalizer.canonicalize("")).isEmpty();
        assertThat(canonicalizer.canonicalize(null)).isEmpty();
        assertThat(canonicalizer.canonicalize("http://")).isEmpty();
    }
}
