package io.newsflow.embedded;

import java.nio.file.Path;

/**
 * A stand-in for a newsflow process in {@link BrokerCrashIT}: a separate JVM that starts a persistent
 * broker, writes records, reports it and waits to be killed.
 */
public final class BrokerHolder {
    static final String DONE = "PRODUCED";

    private BrokerHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]));
        EmbeddedKafkaIT.createAndAwaitOnline(kafka.bootstrapServers(), args[1], 2);
        EmbeddedKafkaIT.produce(kafka.bootstrapServers(), args[1], Integer.parseInt(args[2]));
        System.out.println(DONE);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
