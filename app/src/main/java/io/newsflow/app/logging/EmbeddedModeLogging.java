package io.newsflow.app.logging;

import java.nio.file.Path;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Logging of the commands that run a broker in this process ({@code run}, {@code bench}, {@code replay --data-dir}).
 * The broker and the Kafka clients talk a lot, at WARN and even ERROR, about things that are normal for them
 * (controller activation, topics not yet created, retried produces); on the console that reads as failure. So
 * everything goes to {@code <data-dir>/logs/newsflow.log}, and the console keeps newsflow's own warnings and the
 * errors of the others (less the two that Kafka handles itself: {@link RoutineKafkaErrorFilter}).
 *
 * <p>log4j2.xml reads the two system properties set here; setting them and reconfiguring is how a command that
 * learns its data directory from its arguments moves the log there.
 */
public final class EmbeddedModeLogging {
    /** The folder of newsflow.log (log4j2.xml: {@code ${sys:newsflow.log.dir}}). */
    public static final String LOG_DIR_PROPERTY = "newsflow.log.dir";
    /** The console threshold of every logger but newsflow's own (log4j2.xml: {@code ${sys:newsflow.console.others}}). */
    public static final String OTHERS_ON_CONSOLE_PROPERTY = "newsflow.console.others";
    public static final String FILE_NAME = "newsflow.log";

    private EmbeddedModeLogging() {
    }

    /** Sends the log to {@code dataDir/logs/newsflow.log} and only errors of other libraries to the console. */
    public static Path moveTo(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().resolve("logs");
        System.setProperty(LOG_DIR_PROPERTY, dir.toString());
        System.setProperty(OTHERS_ON_CONSOLE_PROPERTY, "ERROR");
        Configurator.reconfigure();
        return dir.resolve(FILE_NAME);
    }
}
