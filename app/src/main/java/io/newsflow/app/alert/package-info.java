/**
 * The alert commands of the command line: {@code newsflow rules add|list|remove} (through
 * {@link io.newsflow.enrich.alert.RuleAdmin}), {@code newsflow alerts tail} and {@code newsflow bench alerts}.
 * They only parse options and print; rules, matching and delivery live in enrich and sink.
 */
package io.newsflow.app.alert;
