package io.newsflow.enrich.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A second CoreNLP model's reading of a name the 4-class CRF typed without other evidence. The
 * 3-class model ({@code english.all.3class}) was trained on more text of more kinds (ACE, MUC,
 * CoNLL, OntoNotes, WikiNER) than the 4-class one and knows people, places and organisations only;
 * asked about a span, it labels the span's words in a window of context as wide as its features
 * reach, so one question costs a few dozen tokens of CRF work, not a sentence.
 *
 * <p>Its word is taken only to move a name between place and organisation, or from person to
 * either: measured on both gold sets, it calls too many unknown companies people
 * ("Persimmon", "Xiaomi"). Loading it costs ~7 s and ~100 MB of heap; {@link #off()} asks nothing.
 * Measured on the two gold sets: WikiGold mention F1 0.666 without it, 0.680 with it; the team's gold
 * 0.947 and 0.949; {@code bench enrich} CPU per article ~30% more (11.2 against 14.7 ms), which is why
 * it is off unless {@code enrich.nlp.ner.second.opinion=true}.
 * Like the 4-class model it has {@code cacheNGrams=false}, so one instance serves every thread.
 */
public final class SecondOpinion {
    /** The model, in CoreNLP's models jar. */
    public static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Its features look at most this many words away ({@code disjunctionWidth=5}). */
    private static final int CONTEXT = 5;

    private final CRFClassifier<CoreLabel> classifier;
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();

    private SecondOpinion(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** No second model: every type stands. */
    public static SecondOpinion off() {
        return new SecondOpinion(null);
    }

    public static SecondOpinion load() {
        try {
            return new SecondOpinion(CRFClassifier.getClassifier(THREE_CLASS_MODEL));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the NER model " + THREE_CLASS_MODEL
                    + " from the classpath (is stanford-corenlp's models jar there?)", e);
        }
    }

    /** Names asked about and names whose type changed so far (for logs and the benchmarks). */
    public long[] askedAndChanged() {
        return new long[] {asked.get(), changed.get()};
    }

    /** The type of tokens [from, to): the 4-class {@code type}, or the second model's place or organisation. */
    EntityType retype(List<Token> tokens, int from, int to, EntityType type) {
        if (classifier == null) {
            return type;
        }
        asked.incrementAndGet();
        EntityType other = typeOf(tokens, from, to);
        if (other == null || other == type || other == EntityType.PERSON) {
            return type;
        }
        changed.incrementAndGet();
        return other;
    }

    /** The type the model gives every token of [from, to), or null when it is not one type. */
    private EntityType typeOf(List<Token> tokens, int from, int to) {
        int windowFrom = Math.max(0, from - CONTEXT);
        int windowTo = Math.min(tokens.size(), to + CONTEXT);
        List<CoreLabel> words = new ArrayList<>(windowTo - windowFrom);
        for (int k = windowFrom; k < windowTo; k++) {
            CoreLabel label = new CoreLabel();
            label.setWord(tokens.get(k).word());
            label.setValue(tokens.get(k).word());
            words.add(label);
        }
        List<CoreLabel> labelled = classifier.classifySentence(words);
        String answer = null;
        for (int k = from; k < to; k++) {
            String label = labelled.get(k - windowFrom).get(CoreAnnotations.AnswerAnnotation.class);
            if (label == null || label.equals("O") || answer != null && !answer.equals(label)) {
                return null;
            }
            answer = label;
        }
        return answer == null ? null : MentionExtractor.typeOf(answer);
    }
}
