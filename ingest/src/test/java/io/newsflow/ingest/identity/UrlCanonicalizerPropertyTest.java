package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.testkit.RandomInputs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seeded samples from {@link RandomInputs}: a failure names the seed that replays it. */
class UrlCanonicalizerPropertyTest {
    private static final String LOWER_CASE = "abcdefghijklmnopqrstuvwxyz";
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Test
    void anyStringGivesAResultOrEmptyNeverAnException() {
        RandomInputs.forSamples(0x5EED_0201L, 2000, (sample, in) -> {
            String text = in.mixedString(300, ":/?#&=%@[]htps");
            Optional<String> result = canonicalizer.canonicalize(text);
            result.ifPresent(url -> assertThat(url).startsWith("http").doesNotContain("#").hasSizeLessThan(10 * 300 + 100));
        });
    }

    @Test
    void canonicalisingTwiceChangesNothing() {
        RandomInputs.forSamples(0x5EED_0202L, 2000, (sample, in) -> {
            Optional<String> once = canonicalizer.canonicalize(url(in));
            once.ifPresent(c -> assertThat(canonicalizer.canonicalize(c)).contains(c));
        });
    }

    @Test
    void trackingParametersNeverSurvive() {
        RandomInputs.forSamples(0x5EED_0203L, 1000, (sample, in) -> {
            String url = url(in);
            canonicalizer.canonicalize(url + (url.contains("?") ? "&" : "?") + "utm_source=x&fbclid=y")
                    .ifPresent(c -> assertThat(c).doesNotContain("utm_source").doesNotContain("fbclid"));
        });
    }

    private static String url(RandomInputs in) {
        String scheme = in.pick(List.of("http", "https", "HTTP", "ftp"));
        String host = in.string(1, 20, LOWER_CASE + ".-A");
        String port = in.pick(List.of("", ":80", ":443", ":8080"));
        String path = in.string(0, 30, "abc/.%20-_~é ");
        String query = in.string(0, 30, "ab=&;utm_fbclid1");
        String fragment = in.string(0, 5, "ab#");
        return scheme + "://" + host + port + "/" + path + (query.isEmpty() ? "" : "?" + query) + (fragment.isEmpty() ? "" : "#" + fragment);
    }
}
