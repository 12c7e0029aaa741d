/** The registry-outage scenario: unreachable at start-up, lost while running, back again. */
package io.newsflow.chaos.registry;
