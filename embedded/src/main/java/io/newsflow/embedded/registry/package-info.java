/**
 * Running Apicurio Registry as a child process that cannot outlive newsflow.
 * {@link io.newsflow.embedded.registry.RegistryDistribution} finds the unpacked distribution (system
 * property, environment variable, or beside newsflow's own jar), and
 * {@link io.newsflow.embedded.registry.ParentWatchingLauncher} is the child's entry point: it halts the
 * registry JVM the moment its parent disappears, even after a SIGKILL that no shutdown hook sees, and
 * then hands over to the registry's real main class.
 */
package io.newsflow.embedded.registry;
