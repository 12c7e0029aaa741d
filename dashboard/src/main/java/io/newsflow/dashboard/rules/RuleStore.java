package io.newsflow.dashboard.rules;

import io.newsflow.schemas.avro.AlertRule;
import java.util.List;

/**
 * Lists, creates and deletes alert rules for the REST API. The dashboard does not parse queries itself:
 * the implementation does, and rejects a bad rule with {@link IllegalArgumentException} whose message
 * (the parser's, e.g. "Cannot parse 'title:(ukraine': Encountered <EOF>") the API returns as a 400.
 */
public interface RuleStore {
    /** Every current rule, enabled or not. */
    List<AlertRule> list();

    /**
     * Creates (or replaces, by id) a rule and returns it as stored, with its id, version and creation time.
     *
     * @throws IllegalArgumentException when the rule is invalid; the message says why
     */
    AlertRule create(RuleRequest request);

    /** Deletes a rule; false when no rule has this id. */
    boolean delete(String id);
}
