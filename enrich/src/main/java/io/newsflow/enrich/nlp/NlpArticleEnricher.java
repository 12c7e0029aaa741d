package io.newsflow.enrich.nlp;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.entity.EntityLinker;
import io.newsflow.enrich.entity.EntityMention;
import io.newsflow.enrich.entity.LinkedEntity;
import io.newsflow.enrich.entity.MentionExtractor;
import io.newsflow.enrich.entity.SecondOpinion;
import io.newsflow.enrich.keyword.KeyphraseExtractor;
import io.newsflow.enrich.sentiment.ToneScorer;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Keyword;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.SentenceTone;
import io.newsflow.schemas.fingerprint.SimHashHex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The enrich stage's understanding of an article: cleaning, language, CoreNLP 4-class entities
 * joined and linked to canonical names and ids, salience, sentence/document/entity tone, key
 * phrases and a SimHash for near-duplicate detection.
 *
 * <p>Build one per process: {@link NlpModels} loads the NER model (~2.5 s, ~0.8 GB) and the
 * gazetteers once; {@link #enrich} is thread-safe and is shared by all stream threads. Articles not in
 * English flow on with their language and cleaned text but without entities, tone or keywords,
 * because every model here is English-only. Deduplication needs state the topology owns, so
 * {@code duplicateOf} stays null.
 */
public final class NlpArticleEnricher implements ArticleEnricher {
    static final String SEPARATOR = "\n\n";

    private final NlpConfig config;
    private final Clock clock;
    private final TextCleaner cleaner = new TextCleaner();
    private final LanguageIdentifier languages;
    private final NerTagger tagger;
    private final MentionExtractor mentionExtractor;
    private final EntityLinker linker;
    private final ToneScorer toneScorer;
    private final KeyphraseExtractor keyphrases;
    private final SimHasher simHasher = new SimHasher();

    /** Loads the models named by {@code config}: use one enricher per process. */
    public NlpArticleEnricher(NlpConfig config) {
        this(config, NlpModels.load(config), Clock.systemUTC());
    }

    /** An enricher over models already loaded (several configurations, one set of models). */
    public NlpArticleEnricher(NlpConfig config, NlpModels models, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.languages = models.languages();
        this.tagger = models.tagger();
        this.mentionExtractor = new MentionExtractor(models.stopWords(), models.lexicon(), models.gazetteer(),
                models.aliases(), config.secondOpinion() ? models.secondOpinion() : SecondOpinion.off());
        this.linker = new EntityLinker(models.gazetteer(), models.aliases());
        this.toneScorer = new ToneScorer(models.lexicon());
        this.keyphrases = new KeyphraseExtractor(models.stopWords());
    }

    @Override
    public EnrichedArticle enrich(RawArticle raw, int enrichmentVersion) {
        String title = cleaner.cleanLine(raw.getTitle());
        String body = cleaner.clean(raw.getBody());
        String text = title + SEPARATOR + body;
        boolean truncated = text.length() > config.maxAnalysedChars();
        String analysed = truncated ? cutAtWord(text, config.maxAnalysedChars()) : text;
        LanguageIdentifier.Detected language = languages.detect(analysed);

        EnrichedArticle.Builder article = EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getCanonicalUrl() != null ? raw.getCanonicalUrl() : raw.getUrl())
                .setTitle(title)
                .setBody(body)
                .setSummary(raw.getSummary() == null ? null : cleaner.cleanLine(raw.getSummary()))
                .setSource(raw.getSource())
                .setFeedUrl(raw.getFeedUrl())
                .setAuthors(new ArrayList<>(raw.getAuthors()))
                .setCategories(new ArrayList<>(raw.getCategories()))
                .setPublishedAt(raw.getPublishedAt())
                .setRevision(raw.getRevision())
                .setContentHash(raw.getContentHash())
                .setEnrichmentVersion(enrichmentVersion)
                .setEnrichedAt(clock.instant())
                .setLanguage(language.language())
                .setLanguageConfidence(language.confidence())
                .setTone(null)
                .setSentences(new ArrayList<>())
                .setEntities(new ArrayList<>())
                .setMentions(new ArrayList<>())
                .setKeywords(new ArrayList<>())
                .setDuplicateOf(null)
                .setSimHashHex(SimHashHex.of(simHasher.hash(body.isEmpty() ? title : body)))
                .setTruncated(truncated);
        if ("en".equals(language.language())) {
            understandEnglish(analysed, title.length(), article);
        }
        return article.build();
    }

    private void understandEnglish(String text, int titleLength, EnrichedArticle.Builder article) {
        List<Sentence> sentences = tagger.tag(text);
        double[] tones = new double[sentences.size()];
        List<SentenceTone> sentenceTones = new ArrayList<>(sentences.size());
        double weighted = 0;
        long words = 0;
        for (Sentence sentence : sentences) {
            double tone = round(toneScorer.score(text.substring(sentence.start(), sentence.end())));
            tones[sentence.index()] = tone;
            sentenceTones.add(new SentenceTone(sentence.start(), sentence.end(), tone));
            int count = Math.max(1, sentence.tokens().size());
            weighted += tone * count;
            words += count;
        }
        article.setSentences(sentenceTones);
        article.setTone(words == 0 ? 0.0 : round(weighted / words));

        List<EntityMention> mentions = mentionExtractor.extract(text, sentences, titleLength);
        List<LinkedEntity> linked = linker.link(mentions);
        int maxMentions = linked.stream().mapToInt(e -> e.mentions().size()).max().orElse(1);
        List<Entity> entities = new ArrayList<>(linked.size());
        List<Mention> allMentions = new ArrayList<>(mentions.size());
        for (LinkedEntity entity : linked) {
            Set<String> surfaces = new LinkedHashSet<>();
            Set<Integer> sentenceIndexes = new LinkedHashSet<>();
            boolean inTitle = false;
            for (EntityMention mention : entity.mentions()) {
                surfaces.add(mention.text());
                sentenceIndexes.add(mention.sentence());
                inTitle |= mention.start() < titleLength;
                allMentions.add(new Mention(entity.id(), mention.text(), mention.start(), mention.end()));
            }
            double tone = 0;
            for (int index : sentenceIndexes) {
                tone += tones[index];
            }
            int first = entity.mentions().get(0).start();
            double salience = 0.5 * entity.mentions().size() / maxMentions
                    + 0.3 * (1.0 - (double) first / Math.max(1, text.length()))
                    + 0.2 * (inTitle ? 1 : 0);
            entities.add(Entity.newBuilder()
                    .setId(entity.id())
                    .setName(entity.name())
                    .setType(entity.type())
                    .setMentions(entity.mentions().size())
                    .setSalience(round(salience))
                    .setInTitle(inTitle)
                    .setTone(round(tone / sentenceIndexes.size()))
                    .setSurfaceForms(new ArrayList<>(surfaces))
                    .setCountryCode(entity.countryCode())
                    .setLatitude(entity.latitude())
                    .setLongitude(entity.longitude())
                    .build());
        }
        entities.sort(Comparator.comparingDouble(Entity::getSalience).reversed());
        allMentions.sort(Comparator.comparingInt(Mention::getStart));
        article.setEntities(entities);
        article.setMentions(allMentions);

        List<Keyword> keywords = new ArrayList<>();
        for (KeyphraseExtractor.Keyphrase phrase : keyphrases.extract(text, config.keywords())) {
            keywords.add(new Keyword(phrase.phrase(), phrase.score()));
        }
        article.setKeywords(keywords);
    }

    private static String cutAtWord(String text, int limit) {
        int cut = limit;
        while (cut > limit - 200 && cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut > 0 && Character.isWhitespace(text.charAt(cut)) ? cut : limit);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
