package io.newsflow.app.enrichbench;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.quality.BareNerEnricher;
import io.newsflow.enrich.quality.ConllCorpus;
import io.newsflow.enrich.quality.ConllDocument;
import io.newsflow.enrich.quality.EntityEvaluator;
import io.newsflow.enrich.quality.GoldArticle;
import io.newsflow.enrich.quality.GoldSet;
import io.newsflow.enrich.quality.MentionEvaluator;
import io.newsflow.enrich.quality.Score;
import io.newsflow.schemas.avro.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval entities}: scores newsflow's entities on two gold sets, each beside the bare
 * CoreNLP 4-class pipeline run on the same text in the same process. Our own gold set (articles the
 * team wrote) is scored per entity: canonical name and type must both match, and place ids apart.
 * WikiGold (145 Wikipedia articles annotated by others) is scored per mention: exact characters and
 * type. Both print P, R and F1 per type and overall.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Scores entities on the team's gold set (per entity) and on WikiGold (per mention), newsflow"
                + " beside the bare CoreNLP 4-class pipeline on the same text.")
public final class EvalEntitiesCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "enrich/src/test/resources/gold",
            description = "Directory of X.txt + X.gold.json pairs (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--wikigold", paramLabel = "FILE",
            defaultValue = "enrich/src/test/resources/wikigold/wikigold.conll.txt",
            description = "A CoNLL 4-class file scored per mention (default: ${DEFAULT-VALUE}).")
    Path wikigold;

    @Option(names = "--no-baseline", description = "Score newsflow only (skips loading the bare pipeline).")
    boolean noBaseline;

    @Option(names = "--only", paramLabel = "SET", description = "Score one set only: gold or wikigold.")
    String only;

    @Option(names = {"-v", "--verbose"}, description = "Print every article's misses and false finds (newsflow).")
    boolean verbose;

    @Override
    public Integer call() {
        boolean ours = only == null || only.equals("gold");
        boolean conll = only == null || only.equals("wikigold");
        if (!ours && !conll) {
            throw new UserFacingException("--only takes gold or wikigold, not " + only);
        }
        if (ours && !Files.isDirectory(gold)) {
            throw new UserFacingException("The gold set directory " + gold.toAbsolutePath()
                    + " does not exist; pass --gold DIR (run from the repository root for the default)");
        }
        if (conll && !Files.isRegularFile(wikigold)) {
            throw new UserFacingException("The CoNLL file " + wikigold.toAbsolutePath()
                    + " does not exist; pass --wikigold FILE (run from the repository root for the default)");
        }
        NlpArticleEnricher newsflow = new NlpArticleEnricher(NlpConfig.from(config.settings(Map.of())));
        ArticleEnricher bare = noBaseline ? null : new BareNerEnricher();
        if (ours) {
            scoreGoldSet(newsflow, bare);
        }
        if (conll) {
            scoreConll(newsflow, bare);
        }

        return 0;
    }

    private void scoreGoldSet(ArticleEnricher newsflow, ArticleEnricher bare) {
        List<GoldArticle> articles = GoldSet.load(gold);
        EntityEvaluator.Report report = new EntityEvaluator(newsflow).evaluate(articles);
        System.out.printf("gold set: %s (%d articles, %d expected entities), per entity: name + type%n", gold,
                articles.size(), articles.stream().mapToInt(a -> a.entities().size()).sum());
        if (verbose) {
            System.out.printf("%-36s %6s %6s %6s%n", "article", "P", "R", "F1");
            for (EntityEvaluator.ArticleResult article : report.articles()) {
                System.out.printf("%-36s %6.3f %6.3f %6.3f%n", article.name(), article.entities().precision(),
                        article.entities().recall(), article.entities().f1());
                article.missed().forEach(m -> System.out.println("    missed " + m));
                article.wrong().forEach(w -> System.out.println("    wrong  " + w));
                article.idMisses().forEach(i -> System.out.println("    id     " + i));
            }
        }
        EntityEvaluator.Report baseline = bare == null ? null : new EntityEvaluator(bare).evaluate(articles);
        table(report.byType(), report.entities(), baseline == null ? null : baseline.byType(),
                baseline == null ? null : baseline.entities());
        System.out.println("entities (name + type): " + report.entities());
        System.out.println("place ids:              " + report.ids());
        System.out.println();
    }

    private void scoreConll(ArticleEnricher newsflow, ArticleEnricher bare) {
        List<ConllDocument> documents = ConllCorpus.load(wikigold, "wikigold");
        MentionEvaluator.Report report = new MentionEvaluator(newsflow).evaluate(documents);
        System.out.printf("%s (%d documents, %d gold mentions), per mention: exact characters + type%n", wikigold,
                documents.size(), documents.stream().mapToInt(d -> d.mentions().size()).sum());
        if (verbose) {
            for (MentionEvaluator.DocumentResult document : report.documents()) {
                System.out.printf("%-60s %s%n", document.name(), document.overall());
                document.missed().forEach(m -> System.out.println("    missed " + m));
                document.wrong().forEach(w -> System.out.println("    wrong  " + w));
            }
        }
        MentionEvaluator.Report baseline = bare == null ? null : new MentionEvaluator(bare).evaluate(documents);
        table(report.byType(), report.overall(), baseline == null ? null : baseline.byType(),
                baseline == null ? null : baseline.overall());
        if (baseline != null) {
            System.out.printf("F1 newsflow - bare model: %+.3f%n", report.overall().f1() - baseline.overall().f1());
        }
        System.out.println();
    }

    private static void table(Map<EntityType, Score> ours, Score oursOverall, Map<EntityType, Score> bare,
            Score bareOverall) {
        System.out.printf("%-13s | %-27s | %s%n", "", "newsflow", bare == null ? "" : "bare CoreNLP 4-class");
        System.out.printf("%-13s | %6s %6s %6s %6s | %s%n", "type", "P", "R", "F1", "gold",
                bare == null ? "" : String.format("%6s %6s %6s", "P", "R", "F1"));
        for (EntityType type : EntityType.values()) {
            row(type.name(), ours.get(type), bare == null ? null : bare.get(type));
        }
        row("overall", oursOverall, bareOverall);
    }

    private static void row(String name, Score ours, Score bare) {
        System.out.printf("%-13s | %6.3f %6.3f %6.3f %6d | %s%n", name, ours.precision(), ours.recall(), ours.f1(),
                ours.truePositives() + ours.falseNegatives(),
                bare == null ? "" : String.format("%6.3f %6.3f %6.3f", bare.precision(), bare.recall(), bare.f1()));
    }
}
