package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newsflow.schemas.registry.CannedRegistry.Answer;
import java.io.StringWriter;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registry credentials reach the Authorization header and nothing else: not logs, messages or toString. */
class RegistrySecretsTest {
    private static final String PASSWORD = "pw-9f1c2e7d";
    private static final String URL_PASSWORD = "urlpw-51ab";

    private final CannedRegistry registry = new CannedRegistry();
    private final StringWriter log = new StringWriter();
    private WriterAppender appender;

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%level %c %m%n").build(),
                null, log, "capture-" + System.nanoTime(), false, true);
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        config.getRootLogger().setLevel(Level.DEBUG);
        context.updateLoggers();
    }

    @AfterEach
    void stop() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(appender.getName());
        context.getConfiguration().getRootLogger().setLevel(Level.WARN);
        context.updateLoggers();
        registry.close();
    }

    @Test
    void retriesAndFailuresNeverLogOrShowTheCredentials() {
        registry.on("GET /subjects", Answer.error(503, 50003, "leader unavailable"), Answer.error(401, 40101, "Unauthorized"));
        registry.on("GET /schemas/ids/1", Answer.error(500, 50001, "store down"));
        SchemaRegistryClient withProperty = new SchemaRegistryClient(registry.url(),
                Map.of("basic.auth.user.info", "newsflow:" + PASSWORD, "retry.backoff.ms", "1", "retry.max.attempts", "2"));
        SchemaRegistryClient withUrl = new SchemaRegistryClient("http://newsflow:" + URL_PASSWORD + "@127.0.0.1:" + registry.port(),
                Map.of("retry.backoff.ms", "1", "retry.max.attempts", "2"));

        Throwable refused = catchThrowable(withProperty::subjects);
        Throwable failed = catchThrowable(() -> withUrl.schemaById(1));
        Throwable unreachable = catchThrowable(() -> new SchemaRegistryClient("http://newsflow:" + URL_PASSWORD + "@127.0.0.1:1",
                Map.of("retry.backoff.ms", "1", "retry.max.attempts", "2")).subjects());

        assertThat(log.toString()).contains("retrying").doesNotContain(PASSWORD, URL_PASSWORD);
        for (Throwable e : new Throwable[] {refused, failed, unreachable}) {
            assertThat(e).isInstanceOf(SchemaRegistryException.class);
            assertThat(e.getMessage()).doesNotContain(PASSWORD, URL_PASSWORD);
            assertThat(((SchemaRegistryException) e).url()).doesNotContain(URL_PASSWORD);
        }
        assertThat(unreachable.getMessage()).contains("http://127.0.0.1:1 is unreachable");
        assertThat(withProperty + " " + withUrl).doesNotContain(PASSWORD, URL_PASSWORD);
        assertThat(registry.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Basic "));
    }
}
