package io.newsflow.enrich.quality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.entity.MentionExtractor;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The baseline every entity figure is compared with: the bare CoreNLP pipeline a newcomer would
 * write ({@code tokenize,ssplit,pos,lemma,ner}, the 4-class CRF, the settings of the project's
 * stack notes), with no cleaning, joining, linking or repair. Each run of tokens with one label is a
 * mention; each distinct name and type is an entity named as written.
 *
 * <p>It is an {@link ArticleEnricher} so that both gold sets score it with the code that scores
 * newsflow, on the same text in the same run. Only entities and mentions are filled in.
 */
public final class BareNerEnricher implements ArticleEnricher {
    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());

    /** The baseline's CoreNLP properties (also what {@code bench enrich} and {@code bench e2e} run). */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", NerTagger.FOUR_CLASS_MODEL);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    @Override
    public EnrichedArticle enrich(RawArticle raw, int enrichmentVersion) {
        String text = raw.getTitle() + "\n\n" + raw.getBody();
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        Map<String, Entity.Builder> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        int i = 0;
        while (i < tokens.size()) {
            String label = tokens.get(i).ner();
            if (label == null || label.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && label.equals(tokens.get(j).ner())) {
                j++;
            }
            int start = tokens.get(i).beginPosition();
            int end = tokens.get(j - 1).endPosition();
            EntityType type = MentionExtractor.typeOf(label);
            String name = text.substring(start, end).replaceAll("\\s+", " ");
            String id = type.name().toLowerCase(Locale.ROOT) + ":" + name;
            entities.computeIfAbsent(id, k -> Entity.newBuilder().setId(k).setName(name).setType(type).setMentions(0));
            Entity.Builder entity = entities.get(id);
            entity.setMentions(entity.getMentions() + 1);
            mentions.add(new Mention(id, name, start, end));
            i = j;
        }
        List<Entity> built = new ArrayList<>();
        entities.values().forEach(e -> built.add(e.build()));
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setTitle(raw.getTitle())
                .setBody(raw.getBody())
                .setSource(raw.getSource())
                .setPublishedAt(raw.getPublishedAt())
                .setContentHash(raw.getContentHash())
                .setEnrichmentVersion(enrichmentVersion)
                .setEnrichedAt(Instant.EPOCH)
                .setLanguage("en")
                .setEntities(built)
                .setMentions(mentions)
                .build();
    }
}
