package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistSimLexiconTest {
    @Test
    void findsEveryWordsClusterAsTheMapDoes() {
        Map<String, String> map = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            map.put(word(random), Integer.toString(random.nextInt(511)));
        }
        map.put("kyiv", "436");
        map.put("łódź", "12");
        map.put("9-99", "3");
        DistSimLexicon lexicon = DistSimLexicon.of(map);

        assertThat(lexicon.size()).isEqualTo(map.size());
        map.forEach((word, cluster) -> assertThat(lexicon.clusterOf(word)).as(word).isEqualTo(cluster));
        assertThat(lexicon.clusterOf(new String("kyiv"))).isEqualTo("436");
        assertThat(lexicon.clusterOf("Kyiv")).isNull();
        // The generated words are lower-case letters only: these cannot be among them.
        assertThat(lexicon.clusterOf("kyi-")).isNull();
        assertThat(lexicon.clusterOf("kyiv#")).isNull();
        assertThat(lexicon.clusterOf("")).isNull();
    }

    private static String word(Random random) {
        char[] chars = new char[1 + random.nextInt(12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }
}
