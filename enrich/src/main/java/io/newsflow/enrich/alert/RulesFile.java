package io.newsflow.enrich.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a list of rules from a JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) file, as given
 * to {@code newsflow run --rules FILE}. Each entry needs only {@code name} and {@code query}; the other
 * keys are those of {@link RuleDefinition}. Every rule is validated before any is returned, so a file
 * with one bad rule loads nothing and says which rule and why.
 */
public final class RulesFile {
    private final RuleValidator validator;

    public RulesFile(RuleValidator validator) {
        this.validator = validator;
    }

    public List<RuleDefinition> load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new JsonMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RuleDefinition[] rules;
        try {
            rules = mapper.readValue(Files.readAllBytes(file), RuleDefinition[].class);
        } catch (JsonMappingException e) {
            throw new InvalidRuleException("Rules file " + file + ": " + e.getOriginalMessage() + locationOf(e)
                    + " (expected a list of rules, each with at least name and query).");
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException("Rules file " + file + " is not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage() + locationOf(e) + ".");
        } catch (IOException e) {
            throw new InvalidRuleException("Cannot read rules file " + file + ": " + e.getMessage());
        }
        if (rules == null) {
            return List.of();
        }
        List<RuleDefinition> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.length; i++) {
            RuleDefinition rule = rules[i];
            if (rule == null) {
                throw new InvalidRuleException("Rules file " + file + ": rule " + (i + 1) + " is empty.");
            }
            try {
                validator.validate(rule);
            } catch (InvalidRuleException e) {
                throw new InvalidRuleException("Rules file " + file + ", rule " + (i + 1) + ": " + e.getMessage(),
                        e.column(), e.getCause());
            }
            if (!ids.add(rule.effectiveId())) {
                throw new InvalidRuleException("Rules file " + file + ", rule " + (i + 1) + ": id '" + rule.effectiveId()
                        + "' is used by an earlier rule; give one of them another name or an explicit id.");
            }
            result.add(rule);
        }
        return List.copyOf(result);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
