package io.newsflow.app.enrichbench;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.quality.EntityEvaluator;
import io.newsflow.enrich.quality.GoldArticle;
import io.newsflow.enrich.quality.GoldSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval entities}: runs the enricher over the gold set and prints precision,
 * recall and F1 of entities (canonical name and type must both match) and of place ids, per
 * article with what was missed or wrong when asked.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Scores entity extraction and linking against the gold set (P, R, F1 of name+type and of ids).")
public final class EvalEntitiesCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "enrich/src/test/resources/gold",
            description = "Directory of X.txt + X.gold.json pairs (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Print every article's misses and false finds.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            throw new UserFacingException("The gold set directory " + gold.toAbsolutePath()
                    + " does not exist; pass --gold DIR (run from the repository root for the default)");
        }
        List<GoldArticle> articles = GoldSet.load(gold);
        NlpArticleEnricher enricher = new NlpArticleEnricher(NlpConfig.from(config.settings(Map.of())));
        EntityEvaluator.Report report = new EntityEvaluator(enricher).evaluate(articles);
        System.out.printf("gold set: %s (%d articles, %d expected entities)%n", gold, articles.size(),
                articles.stream().mapToInt(a -> a.entities().size()).sum());
        System.out.printf("%-36s %6s %6s %6s%n", "article", "P", "R", "F1");
        for (EntityEvaluator.ArticleResult article : report.articles()) {
            System.out.printf("%-36s %6.3f %6.3f %6.3f%n", article.name(), article.entities().precision(),
                    article.entities().recall(), article.entities().f1());
            if (verbose) {
                article.missed().forEach(m -> System.out.println("    missed " + m));
                article.wrong().forEach(w -> System.out.println("    wrong  " + w));
                article.idMisses().forEach(i -> System.out.println("    id     " + i));
            }
        }
        System.out.println();
        System.out.println("entities (name + type): " + report.entities());
        System.out.println("place ids:              " + report.ids());
        return 0;
    }
}
