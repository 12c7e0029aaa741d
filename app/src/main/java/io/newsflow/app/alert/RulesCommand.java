package io.newsflow.app.alert;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.enrich.alert.InvalidRuleException;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleAnalyzer;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.alert.RuleQueryParser;
import io.newsflow.enrich.alert.RuleValidator;
import io.newsflow.enrich.alert.RulesFile;
import io.newsflow.schemas.avro.AlertRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow rules add|load|list|remove}: manages the standing queries in news.alert-rules. Every
 * enrich instance picks a change up within seconds, without a restart.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Manages alert rules (standing Lucene queries over title, body, entity, person, organization, location, source, keyword).",
        subcommands = {RulesCommand.Add.class, RulesCommand.Load.class, RulesCommand.ListRules.class, RulesCommand.Remove.class})
public final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static String describe(AlertRule rule) {
        StringBuilder line = new StringBuilder()
                .append(rule.getName()).append("  (id ").append(rule.getId()).append(", version ").append(rule.getVersion())
                .append(rule.getEnabled() ? "" : ", disabled").append(")\n    query: ").append(rule.getQuery());
        List<String> filters = new ArrayList<>();
        if (!rule.getLanguages().isEmpty()) {
            filters.add("languages " + String.join(",", rule.getLanguages()));
        }
        if (!rule.getSources().isEmpty()) {
            filters.add("sources " + String.join(",", rule.getSources()));
        }
        if (!rule.getEntityIds().isEmpty()) {
            filters.add("entities " + String.join(",", rule.getEntityIds()));
        }
        if (rule.getMinTone() != null || rule.getMaxTone() != null) {
            filters.add("tone " + (rule.getMinTone() == null ? "-1" : rule.getMinTone()) + ".." + (rule.getMaxTone() == null ? "1" : rule.getMaxTone()));
        }
        if (!filters.isEmpty()) {
            line.append("\n    filters: ").append(String.join("; ", filters));
        }
        if (rule.getWebhookUrl() != null) {
            line.append("\n    webhook: ").append(rule.getWebhookUrl()).append(" (secret ").append(rule.getWebhookSecretRef()).append(')');
        }
        return line.toString();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a rule, or changes the rule with the same id (its version goes up).")
    static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--name", required = true, description = "Human name, unique; the id defaults to its slug.")
        String name;

        @Option(names = "--query", required = true, description = "Lucene classic query, e.g. '\"peace plan\"~3 AND location:Pokrovsk'.")
        String query;

        @Option(names = "--id", description = "Explicit id (default: slug of the name).")
        String id;

        @Option(names = "--language", description = "Only articles in this language (ISO 639-1). Repeatable.")
        List<String> languages = new ArrayList<>();

        @Option(names = "--source", description = "Only articles from this source. Repeatable.")
        List<String> sources = new ArrayList<>();

        @Option(names = "--entity", paramLabel = "ENTITY_ID", description = "Only articles mentioning this entity id (all given). Repeatable.")
        List<String> entityIds = new ArrayList<>();

        @Option(names = "--min-tone", description = "Only articles with a tone of at least this (-1..1).")
        Double minTone;

        @Option(names = "--max-tone", description = "Only articles with a tone of at most this (-1..1).")
        Double maxTone;

        @Option(names = "--disabled", description = "Store the rule without matching it.")
        boolean disabled;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST this rule's alerts as signed JSON to URL.")
        String webhookUrl;

        @Option(names = "--webhook-secret-ref", paramLabel = "REF",
                description = "Name of the signing secret; the sink reads it from alerts.webhook.secret.REF.")
        String webhookSecretRef;

        @Override
        public Integer call() {
            RuleDefinition rule = new RuleDefinition(id, name, query, languages, sources, entityIds, minTone, maxTone,
                    disabled ? Boolean.FALSE : null, webhookUrl, webhookSecretRef);
            validateLocally(rule);
            ClusterClients clients = ClusterClients.from(config.settings(Map.of()));
            try (RuleAdmin admin = clients.ruleAdmin()) {
                AlertRule stored = admin.put(rule);
                System.out.println("Stored rule " + describe(stored));
                return 0;
            } catch (InvalidRuleException e) {
                throw new UserFacingException(e.getMessage(), e);
            } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
                throw new UserFacingException("Cannot store the rule: " + e.getMessage(), e);
            }
        }
    }

    /** Refuses a bad rule before any connection is made: the answer comes at once, even without a cluster. */
    static void validateLocally(RuleDefinition rule) {
        try {
            new RuleValidator(new RuleQueryParser(RuleAnalyzer.create())).validate(rule);
        } catch (InvalidRuleException e) {
            throw new UserFacingException(e.getMessage() + " Nothing was stored.", e);
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Adds or changes every rule of a JSON or YAML file (a list; each rule needs name and query). One bad rule stores none.")
    static final class Load implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "FILE", description = "rules.yaml, rules.yml or rules.json")
        Path file;

        @Override
        public Integer call() {
            List<RuleDefinition> rules;
            try {
                rules = new RulesFile(new RuleValidator(new RuleQueryParser(RuleAnalyzer.create()))).load(file);
            } catch (InvalidRuleException e) {
                throw new UserFacingException(e.getMessage() + " Nothing was stored.", e);
            }
            ClusterClients clients = ClusterClients.from(config.settings(Map.of()));
            try (RuleAdmin admin = clients.ruleAdmin()) {
                List<AlertRule> stored = admin.putAll(rules);
                stored.forEach(r -> System.out.println("Stored rule " + describe(r)));
                return 0;
            } catch (InvalidRuleException e) {
                throw new UserFacingException(e.getMessage(), e);
            } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
                throw new UserFacingException("Cannot store the rules: " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the stored rules.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ClusterClients clients = ClusterClients.from(config.settings(Map.of()));
            try (RuleAdmin admin = clients.ruleAdmin()) {
                List<AlertRule> rules = admin.list();
                var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
                for (AlertRule rule : rules) {
                    if (json) {
                        Map<String, Object> map = new LinkedHashMap<>();
                        for (var field : rule.getSchema().getFields()) {
                            Object value = rule.get(field.pos());
                            map.put(field.name(), value instanceof java.time.Instant instant ? instant.toString() : value);
                        }
                        System.out.println(mapper.writeValueAsString(map));
                    } else {
                        System.out.println(describe(rule));
                    }
                }
                if (!json) {
                    System.out.println(rules.size() + (rules.size() == 1 ? " rule" : " rules"));
                }
                return 0;
            } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
                throw new UserFacingException("Cannot list the rules: " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a rule (by name or id); it stops matching within seconds.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "The rule's name or id.")
        String name;

        @Override
        public Integer call() {
            ClusterClients clients = ClusterClients.from(config.settings(Map.of()));
            try (RuleAdmin admin = clients.ruleAdmin()) {
                Optional<AlertRule> removed = admin.remove(name);
                if (removed.isEmpty()) {
                    throw new UserFacingException("There is no rule named '" + name + "' (see newsflow rules list).");
                }
                System.out.println("Removed rule " + removed.get().getName() + " (id " + removed.get().getId() + ")");
                return 0;
            } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
                throw new UserFacingException("Cannot remove the rule: " + e.getMessage(), e);
            }
        }
    }
}
