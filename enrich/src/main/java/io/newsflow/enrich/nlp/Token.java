package io.newsflow.enrich.nlp;

/**
 * One token of the analysed text with its CRF label, kept as a plain record so that the rest of
 * the enrichment never depends on CoreNLP's classes.
 *
 * @param word the token as the tokenizer normalised it (quotes, brackets)
 * @param text the token as written in the text
 * @param start offset of its first character in the analysed text
 * @param end offset after its last character
 * @param label the CoNLL class (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(String word, String text, int start, int end, String label) {
    public boolean isEntity() {
        return !"O".equals(label);
    }
}
