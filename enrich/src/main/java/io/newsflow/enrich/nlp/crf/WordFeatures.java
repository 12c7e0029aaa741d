package io.newsflow.enrich.nlp.crf;

/**
 * Everything the model asks of one word, worked out once and cached: the ids of its own features in each
 * role it can play (the current token, the one before, the one after, a word within the disjunction window),
 * the ids of its word, shape and class for the features that join two tokens, and the four facts the
 * occurrence and "real word" templates test. Labelling a sentence then only adds up weights and looks up
 * joined ids: no string is built per token.
 *
 * @param form the word as the model's word function rewrote it (British spellings Americanised); the
 *     occurrence features compare these
 * @param word id of the form among the words of the model's joint features, or -1
 * @param shape id of its shape among the shapes of the joint features, or -1
 * @param distSim id of its distributional-similarity class among the classes of the joint features, or -1
 * @param current token-clique feature ids when it is the token labelled (word, n-grams, class, shape, title)
 * @param previous token-clique feature ids when it is the token before the one labelled
 * @param next token-clique feature ids when it is the token after the one labelled
 * @param disjunctNext feature id when it is one of the next four words, or -1
 * @param disjunctPrevious feature id when it is one of the previous four words, or -1
 * @param currentEdge pair-clique feature ids when it is the second token of the pair
 * @param previousEdge pair-clique feature ids when it is the first token of the pair
 * @param nextEdge pair-clique feature ids when it follows the pair
 * @param nodeScores the sums of the weights of {@code current}, {@code previous} and {@code next}, label by label
 *     (three runs of one score per label): a token adds three sums instead of some thirty weights
 * @param nameCase a capital then no capital, at least two chars ("Putin", not "US")
 * @param lowerCaseWord no capital and at least one letter ("said", "3-day")
 * @param hasLetter at least one letter
 * @param shortWord at most three chars: the "real word" templates then look one word further
 */
record WordFeatures(String form, int word, int shape, int distSim, int[] current, int[] previous, int[] next,
        int disjunctNext, int disjunctPrevious, int[] currentEdge, int[] previousEdge, int[] nextEdge,
        double[] nodeScores, boolean nameCase, boolean lowerCaseWord, boolean hasLetter, boolean shortWord) {
}
