/**
 * Alert matching: standing queries ("rules") in Lucene's classic syntax, kept in the compacted topic
 * news.alert-rules and loaded into a Lucene {@link org.apache.lucene.monitor.Monitor} in every enrich
 * instance, so each enriched article is matched against all rules at once (the Monitor's presearcher
 * only runs the rules whose terms, or word prefixes, occur in the article).
 * {@link io.newsflow.enrich.alert.AlertBranch} hangs matching off the dedup step of the enrich topology and
 * makes each alert happen once per story: the article, the once-only decision and the alert it emits
 * commit in the same exactly-once transaction. {@link io.newsflow.enrich.alert.RuleAdmin}
 * is how the command line and the dashboard add, list and remove rules.
 */
package io.newsflow.enrich.alert;
