package io.newsflow.schemas.registry;

/**
 * Where integration tests find the real (Apicurio) registry: {@code -Dnewsflow.test.registry.url}
 * when given (a registry started by hand), else this JVM's shared one from the testkit.
 */
public final class RegistryForTests {
    /** A schema from a test resource, e.g. {@code raw-article-v2-new-field-with-default.avsc}. */
    public static org.apache.avro.Schema fixture(String name) {
        try (java.io.InputStream in = RegistryForTests.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new org.apache.avro.Schema.Parser().parse(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RegistryForTests() {
    }

    public static String url() {
        String given = System.getProperty("newsflow.test.registry.url");
        if (given != null && !given.isBlank()) {
            return given;
        }
        return io.newsflow.testkit.TestServices.registryUrl();
    }
}
