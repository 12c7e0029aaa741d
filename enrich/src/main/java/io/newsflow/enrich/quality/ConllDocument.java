package io.newsflow.enrich.quality;

import io.newsflow.schemas.avro.EntityType;
import java.util.List;

/**
 * One document of a CoNLL-annotated corpus, turned back into text with its gold mentions as
 * character spans of that text.
 *
 * @param name a readable name ("wikigold-003 The 1896 Atlantic City rail crash")
 * @param text the document, one sentence per line, tokens joined as they would be written
 * @param mentions the annotated names in text order
 */
public record ConllDocument(String name, String text, List<GoldMention> mentions) {
    public ConllDocument {
        mentions = List.copyOf(mentions);
    }

    /**
     * One annotated name.
     *
     * @param start offset of its first character in the document's text
     * @param end offset after its last character
     * @param type its class, CoNLL's PER, ORG, LOC and MISC read as PERSON, ORGANIZATION, LOCATION, MISC
     */
    public record GoldMention(int start, int end, EntityType type) {}
}
