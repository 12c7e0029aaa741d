/** The schema-evolution scenario: a v2 producer beside v1 enrich, and an incompatible v2 refused. */
package io.newsflow.chaos.evolution;
