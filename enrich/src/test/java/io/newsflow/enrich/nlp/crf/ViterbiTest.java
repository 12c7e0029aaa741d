package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final int LABELS = 5;
    private static final int BACKGROUND = 0;

    @Test
    void findsTheSequenceOfHighestScoreAmongAll() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(6);
            double[] scores = randomScores(random, length, false);
            assertThat(score(scores, Viterbi.best(scores, length, LABELS, BACKGROUND), length))
                    .isEqualTo(bruteForceBest(scores, length));
        }
    }

    @Test
    void breaksTiesAsCoreNlpsExactBestSequenceFinderDoes() {
        Random random = new Random(29);
        for (int round = 0; round < 2_000; round++) {
            int length = 1 + random.nextInt(8);
            // Small integer scores: many sequences tie, and the tie-break decides.
            double[] scores = randomScores(random, length, true);
            int[] coreNlp = new ExactBestSequenceFinder().bestSequence(new PairScores(scores, length));
            int[] ours = Viterbi.best(scores, length, LABELS, BACKGROUND);
            assertThat(ours).as("round %d", round).containsExactly(Arrays.copyOfRange(coreNlp, 1, coreNlp.length));
        }
    }

    @Test
    void neverChoosesAForbiddenPair() {
        int person = 3;
        int misc = 2;
        double[] scores = new double[2 * LABELS * LABELS];
        scores[BACKGROUND * LABELS + person] = 10;
        for (int previous = 0; previous < LABELS; previous++) {
            scores[(LABELS + previous) * LABELS + misc] = 5;
        }
        scores[(LABELS + person) * LABELS + misc] = Double.NEGATIVE_INFINITY;

        // PERSON then MISC would score 15; the best allowed is PERSON then O (10), the lowest of the tied labels.
        assertThat(Viterbi.best(scores, 2, LABELS, BACKGROUND)).containsExactly(person, 0);
    }

    private static double[] randomScores(Random random, int length, boolean coarse) {
        double[] scores = new double[length * LABELS * LABELS];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = coarse ? random.nextInt(3) : random.nextGaussian();
        }
        return scores;
    }

    private static double score(double[] scores, int[] path, int length) {
        double total = scores[BACKGROUND * LABELS + path[0]];
        for (int i = 1; i < length; i++) {
            total += scores[(i * LABELS + path[i - 1]) * LABELS + path[i]];
        }
        return total;
    }

    private static double bruteForceBest(double[] scores, int length) {
        double best = Double.NEGATIVE_INFINITY;
        int[] path = new int[length];
        int total = (int) Math.pow(LABELS, length);
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int i = 0; i < length; i++) {
                path[i] = rest % LABELS;
                rest /= LABELS;
            }
            best = Math.max(best, score(scores, path, length));
        }
        return best;
    }

    /** The same pair scores as CoreNLP's sequence model: a window of two, the background label before the start. */
    private record PairScores(double[] scores, int length) implements SequenceModel {
        @Override
        public int length() {
            return length;
        }

        @Override
        public int leftWindow() {
            return 1;
        }

        @Override
        public int rightWindow() {
            return 0;
        }

        @Override
        public int[] getPossibleValues(int position) {
            return position < 1 ? new int[] {BACKGROUND} : new int[] {0, 1, 2, 3, 4};
        }

        @Override
        public double scoreOf(int[] tags, int position) {
            return scoresOf(tags, position)[tags[position]];
        }

        @Override
        public double[] scoresOf(int[] tags, int position) {
            int token = position - 1;
            int previous = tags[position - 1];
            double[] result = new double[LABELS];
            for (int c = 0; c < LABELS; c++) {
                result[c] = scores[(token * LABELS + previous) * LABELS + c];
            }
            return result;
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException();
        }
    }
}
