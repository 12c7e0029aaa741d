/**
 * The load of the fault scenarios: reproducible synthetic articles whose expected counts (articles,
 * alerts) are known in advance, and a model-free enricher that keeps a scenario about its fault.
 */
package io.newsflow.chaos.load;
