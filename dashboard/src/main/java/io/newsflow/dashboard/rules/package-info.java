/**
 * Alert rules as the dashboard sees them: {@link io.newsflow.dashboard.rules.RuleStore} is the seam to
 * whatever owns the rules (in newsflow, the alerts' RuleAdmin producing to news.alert-rules); the
 * dashboard only validates the shape of a request and protects the writes with the token.
 */
package io.newsflow.dashboard.rules;
