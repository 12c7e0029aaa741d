package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class UrlCanonicalizerPropertyTest {
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Property(tries = 2000)
    void anyStringGivesAResultOrEmptyNeverAnException(@ForAll @StringLength(max = 300) String text) {
        Optional<String> result = canonicalizer.canonicalize(text);
        result.ifPresent(url -> assertThat(url).startsWith("http").doesNotContain("#").hasSizeLessThan(10 * 300 + 100));
    }

    @Property(tries = 2000)
    void canonicalisingTwiceChangesNothing(@ForAll("urls") String url) {
        Optional<String> once = canonicalizer.canonicalize(url);
        once.ifPresent(c -> assertThat(canonicalizer.canonicalize(c)).contains(c));
    }

    @Property(tries = 1000)
    void trackingParametersNeverSurvive(@ForAll("urls") String url) {
        canonicalizer.canonicalize(url + (url.contains("?") ? "&" : "?") + "utm_source=x&fbclid=y")
                .ifPresent(c -> assertThat(c).doesNotContain("utm_source").doesNotContain("fbclid"));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTP", "ftp");
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-', 'A').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080");
        Arbitrary<String> path = Arbitraries.strings().withChars("abc/.%20-_~é ").ofMaxLength(30);
        Arbitrary<String> query = Arbitraries.strings().withChars("ab=&;utm_fbclid1").ofMaxLength(30);
        Arbitrary<String> fragment = Arbitraries.strings().withChars("ab#").ofMaxLength(5);
        return Combinators.combine(scheme, host, port, path, query, fragment)
                .as((s, h, p, pa, q, f) -> s + "://" + h + p + "/" + pa + (q.isEmpty() ? "" : "?" + q) + (f.isEmpty() ? "" : "#" + f));
    }
}
