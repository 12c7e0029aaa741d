package io.newsflow.embedded.registry;

import io.newsflow.embedded.EmbeddedRegistry;
import java.nio.file.Path;

/**
 * A stand-in for newsflow in {@link RegistryOrphanIT}: a separate JVM that starts the registry, prints its
 * pid and waits to be killed.
 */
public final class RegistryHolder {
    private RegistryHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedRegistry registry = EmbeddedRegistry.start(Path.of(args[0]));
        System.out.println(RegistryOrphanIT.PID_PREFIX + registry.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
