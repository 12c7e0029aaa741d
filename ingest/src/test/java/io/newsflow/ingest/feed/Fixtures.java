package io.newsflow.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test fixtures from src/test/resources. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
