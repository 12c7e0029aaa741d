package io.newsflow.enrich.nlp.crf;

/**
 * The best label sequence of a first-order chain, exactly: the sum of the pair scores is maximised over
 * every sequence, the label before the first token being the background label.
 *
 * <p>Ties are broken as CoreNLP's {@code ExactBestSequenceFinder} breaks them: it keeps a score per (previous,
 * current) label pair and takes the first strictly greater candidate, so between equal predecessors the
 * lowest label index wins, and at the end the pair with the lowest previous label, then the lowest current
 * label. CoreNLP scores with the conditional log-probabilities of its calibrated clique tree, which rank
 * sequences as these raw scores do (their sum differs by a constant per sentence) but round differently: a
 * sequence pair within about 1e-12 of each other could be ordered differently. That is the only way the two
 * engines can disagree.
 */
final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param pairScores for token i, previous label p and label c: {@code pairScores[(i * L + p) * L + c]},
     *     negative infinity for a pair the model forbids; at token 0 only p = {@code start} is read
     * @param length tokens, at least 1
     * @param labels L
     * @param start the label before the first token
     */
    static int[] best(double[] pairScores, int length, int labels, int start) {
        int[] path = new int[length];
        double[] score = new double[labels];
        double[] next = new double[labels];
        int[] back = new int[length * labels];
        for (int c = 0; c < labels; c++) {
            score[c] = pairScores[start * labels + c];
        }
        if (length == 1) {
            path[0] = argMax(score);
            return path;
        }
        int last = length - 1;
        for (int i = 1; i < last; i++) {
            int base = i * labels * labels;
            for (int c = 0; c < labels; c++) {
                double best = Double.NEGATIVE_INFINITY;
                int from = -1;
                for (int p = 0; p < labels; p++) {
                    double s = score[p] + pairScores[base + p * labels + c];
                    if (s > best) {
                        best = s;
                        from = p;
                    }
                }
                next[c] = best;
                back[i * labels + c] = from;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        // The last pair is chosen as a pair, previous label first, as CoreNLP's final product loop does.
        int base = last * labels * labels;
        double best = Double.NEGATIVE_INFINITY;
        int bestPrevious = 0;
        int bestLast = 0;
        for (int p = 0; p < labels; p++) {
            for (int c = 0; c < labels; c++) {
                double s = score[p] + pairScores[base + p * labels + c];
                if (s > best) {
                    best = s;
                    bestPrevious = p;
                    bestLast = c;
                }
            }
        }
        path[last] = bestLast;
        path[last - 1] = bestPrevious;
        for (int i = last - 1; i >= 1; i--) {
            path[i - 1] = back[i * labels + path[i]];
        }
        return path;
    }

    private static int argMax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
