package io.newsflow.embedded.registry;

import io.newsflow.embedded.EmbeddedRegistry;
import java.nio.file.Path;

/**
 * A stand-in for newsflow in {@link RegistryOrphanIT}: a separate JVM that starts the registry, prints its
 * pid, then waits to be killed, or with a second argument {@code exit} exits at once without closing it.
 */
public final class RegistryHolder {
    private RegistryHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedRegistry registry = EmbeddedRegistry.start(Path.of(args[0]));
        System.out.println(RegistryOrphanIT.PID_PREFIX + registry.pid());
        System.out.flush();
        if (args.length > 1 && args[1].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
