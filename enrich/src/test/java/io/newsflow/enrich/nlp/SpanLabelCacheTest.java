package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.Word;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanLabelCacheTest {

    @Test
    void keepsTheMostRecentlyUsedSpansUpToItsCapacity() {
        SpanLabelCache cache = new SpanLabelCache(2);
        cache.put("a", new String[] {"O"});
        cache.put("b", new String[] {"PERSON"});
        cache.get("a");
        cache.put("c", new String[] {"LOCATION"});

        assertThat(cache.get("a")).containsExactly("O");
        assertThat(cache.get("b")).as("least recently used, dropped").isNull();
        assertThat(cache.get("c")).containsExactly("LOCATION");
        assertThat(cache.hits()).isEqualTo(3);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void capacityZeroRemembersNothing() {
        SpanLabelCache cache = new SpanLabelCache(0);
        cache.put("a", new String[] {"O"});
        assertThat(cache.get("a")).isNull();
        int[] calls = {0};
        List<Word> span = List.of(new Word("Putin"));
        cache.labels(span, tokens -> new String[] {"PERSON" + ++calls[0]});
        assertThat(cache.labels(span, tokens -> new String[] {"PERSON" + ++calls[0]})).containsExactly("PERSON2");
    }

    @Test
    void labelsClassifiesASpanOnceAndThenRemembersIt() {
        SpanLabelCache cache = new SpanLabelCache(10);
        int[] calls = {0};
        List<Word> span = List.of(new Word("Putin"), new Word("said"));
        cache.labels(span, tokens -> new String[] {"PERSON", "O" + ++calls[0]});
        assertThat(cache.labels(span, tokens -> new String[] {"PERSON", "O" + ++calls[0]})).containsExactly("PERSON", "O1");
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void aKeyIsTheSequenceOfWordsNotTheirConcatenation() {
        List<Word> oneWord = Arrays.stream("New York".split("#")).map(Word::new).toList();
        List<Word> twoWords = Arrays.stream("New York".split(" ")).map(Word::new).toList();
        assertThat(SpanLabelCache.key(oneWord)).isNotEqualTo(SpanLabelCache.key(twoWords));
    }

    @Test
    void aSyndicatedCopyGetsTheSameLabelsWithoutTheCrf() throws Exception {
        NerTagger tagger = SharedEnricher.models().tagger();
        String seed = new String(SpanLabelCacheTest.class.getResourceAsStream("/gold/seed-article.txt").readAllBytes(), StandardCharsets.UTF_8);
        List<Sentence> first = tagger.tag(seed);
        long[] before = tagger.spanCacheHitsAndMisses();

        // The copy: the same story under another headline.
        String copy = "Putin meets US envoys in Moscow" + seed.substring(seed.indexOf('\n'));
        List<Sentence> second = tagger.tag(copy);
        long[] after = tagger.spanCacheHitsAndMisses();

        assertThat(after[1] - before[1]).as("spans the CRF had to label: the new headline only").isLessThanOrEqualTo(1);
        assertThat(after[0] - before[0]).as("spans taken from the cache").isGreaterThan(10);
        assertThat(labels(second.subList(1, second.size()))).isEqualTo(labels(first.subList(1, first.size())));
    }

    private static List<List<String>> labels(List<Sentence> sentences) {
        return sentences.stream().map(s -> s.tokens().stream().map(Token::label).toList()).toList();
    }
}
