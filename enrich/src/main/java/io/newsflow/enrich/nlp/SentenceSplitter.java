package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * PTB tokens in sentences, exactly as CoreNLP's {@code tokenize,ssplit} pipeline makes them with NerTagger's
 * options (hyphenated words whole, every newline a sentence break), at about half its cost: it drives the same
 * two parts the pipeline's annotators wrap, {@link PTBTokenizer} and {@link WordToSentenceProcessor}, configured
 * as those annotators configure them, and leaves out their bookkeeping (an {@code Annotation} per sentence,
 * token and sentence indexes, sentence texts, the whitespace around newline tokens) that newsflow never reads.
 * NerEngineAgreement checks the tokens, their offsets and the sentence boundaries against the pipeline's.
 *
 * <p>What it reproduces of {@code TokenizerAnnotator}: the options it gives the lexer ({@code tokenizeNLs}
 * first, because newlines break sentences, then NerTagger's), and the space it appends to the text so that the
 * lexer's rules that look one character ahead also apply at its end. Of {@code WordsToSentencesAnnotator}: a
 * splitter with the default boundaries and {@code newlineIsSentenceBreak=always}; a newline token ends a
 * sentence and is dropped. Thread-safe: the factory and the splitter keep no state between calls.
 */
final class SentenceSplitter {
    /** The lexer options of the pipeline: its own newline option, then NerTagger's tokenize.options. */
    static final String OPTIONS = "tokenizeNLs,splitHyphenated=false,invertible=true";

    private final TokenizerFactory<CoreLabel> tokenizer = PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);
    private final WordToSentenceProcessor<CoreLabel> sentences = new WordToSentenceProcessor<>(null, null, null, null,
            WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS, null, null);

    /** The sentences of {@code text}, each a non-empty list of tokens with offsets into {@code text}. */
    List<List<CoreLabel>> split(String text) {
        List<CoreLabel> tokens = tokenizer.getTokenizer(new StringReader(text + " ")).tokenize();
        List<List<CoreLabel>> result = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences.process(tokens)) {
            if (!sentence.isEmpty()) {
                result.add(sentence);
            }
        }
        return result;
    }
}
