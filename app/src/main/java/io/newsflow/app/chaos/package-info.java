/**
 * {@code newsflow chaos}: the fault scenarios of the chaos module, runnable by hand on an embedded broker
 * and registry, printing what each did and verified.
 */
package io.newsflow.app.chaos;
