/**
 * Test support shared by every module, kept in one place like Kafka's own test-utils artifact.
 * {@link io.newsflow.testkit.TestServices} gives each test JVM one embedded broker and one registry,
 * a fresh topic prefix per test, and checks for external services that skip a test locally but fail it
 * under {@code CI=true}. {@link io.newsflow.testkit.RandomInputs} drives the seeded property-style tests
 * (random and mutated inputs on plain JUnit 5, the seed named on failure). Its
 * {@code log4j2-test.xml} gives every module's tests the same quiet logging.
 */
package io.newsflow.testkit;
