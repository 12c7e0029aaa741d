package io.newsflow.enrich.quality;

import io.newsflow.schemas.avro.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a corpus in the CoNLL NER format (one token and its tag a line, the tag last; a blank line
 * between sentences; {@code -DOCSTART-} between documents; IOB1 or IOB2 tags over PER, ORG, LOC,
 * MISC) and writes each document back as text, so that the enricher reads it as it reads an article.
 *
 * <p>How the tokens become text: one sentence a line (both pipelines then see the annotators'
 * sentence breaks), tokens joined by a space except before closing punctuation and clitics
 * ({@code , . ; : ) 's n't}) and after opening brackets, with straight double quotes taken as
 * opening and closing in turn. Gold mentions become the character spans of their tokens in that
 * text, so a prediction is right only when it covers exactly the same characters.
 */
public final class ConllCorpus {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
            "...", "..", "''", "'", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "#");

    private ConllCorpus() {
    }

    /** Reads every document of a CoNLL file; {@code prefix} names them ("wikigold"). */
    public static List<ConllDocument> load(Path file, String prefix) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The CoNLL file " + file + " does not exist");
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), prefix, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CoNLL file " + file, e);
        }
    }

    static List<ConllDocument> parse(List<String> lines, String prefix, String source) {
        List<ConllDocument> documents = new ArrayList<>();
        DocumentBuilder document = new DocumentBuilder();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.startsWith("-DOCSTART-")) {
                document.finish(prefix, documents);
                document = new DocumentBuilder();
                continue;
            }
            if (line.isEmpty()) {
                document.endSentence();
                continue;
            }
            int space = line.lastIndexOf(' ') < 0 ? line.lastIndexOf('\t') : line.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException(source + " line " + number + " needs a token and a tag: " + line);
            }
            String token = line.substring(0, line.indexOf(' ') > 0 ? line.indexOf(' ') : space).strip();
            String tag = line.substring(space + 1).strip();
            document.add(token, tag, source, number);
        }
        document.finish(prefix, documents);
        return documents;
    }

    private static final class DocumentBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<ConllDocument.GoldMention> mentions = new ArrayList<>();
        private final List<String> firstWords = new ArrayList<>();
        private boolean lineStart = true;
        private boolean quoteOpen;
        private boolean afterOpeningQuote;
        private String previous = "";
        private EntityType openType;
        private int openStart;
        private int openEnd;

        void add(String token, String tag, String source, int number) {
            boolean space;
            if (token.equals("\"")) {
                // Straight quotes open and close in turn: no space inside the quotation.
                space = !quoteOpen && !lineStart && !NO_SPACE_AFTER.contains(previous) && !afterOpeningQuote;
                afterOpeningQuote = !quoteOpen;
                quoteOpen = !quoteOpen;
            } else {
                space = !lineStart && !NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(previous)
                        && !afterOpeningQuote;
                afterOpeningQuote = false;
            }
            if (space) {
                text.append(' ');
            }
            int start = text.length();
            text.append(token);
            lineStart = false;
            previous = token;
            if (firstWords.size() < 6) {
                firstWords.add(token);
            }
            if (tag.equals("O")) {
                closeMention();
                return;
            }
            if (tag.length() < 3 || tag.charAt(1) != '-' || "IB".indexOf(tag.charAt(0)) < 0) {
                throw new IllegalArgumentException(source + " line " + number + " has an unknown tag " + tag);
            }
            EntityType type = type(tag.substring(2), source, number);
            if (tag.charAt(0) == 'B' || type != openType) {
                closeMention();
                openType = type;
                openStart = start;
            }
            openEnd = text.length();
        }

        void endSentence() {
            closeMention();
            if (!lineStart) {
                text.append('\n');
                lineStart = true;
                quoteOpen = false;
                afterOpeningQuote = false;
                previous = "";
            }
        }

        void finish(String prefix, List<ConllDocument> documents) {
            endSentence();
            if (text.length() == 0) {
                return;
            }
            String name = String.format("%s-%03d %s", prefix, documents.size() + 1, String.join(" ", firstWords));
            documents.add(new ConllDocument(name, text.toString().strip(), mentions));
        }

        private void closeMention() {
            if (openType != null) {
                mentions.add(new ConllDocument.GoldMention(openStart, openEnd, openType));
                openType = null;
            }
        }

        private static EntityType type(String conll, String source, int number) {
            switch (conll) {
                case "PER":
                    return EntityType.PERSON;
                case "ORG":
                    return EntityType.ORGANIZATION;
                case "LOC":
                    return EntityType.LOCATION;
                case "MISC":
                    return EntityType.MISC;
                default:
                    throw new IllegalArgumentException(source + " line " + number + " has an unknown class " + conll);
            }
        }
    }
}
