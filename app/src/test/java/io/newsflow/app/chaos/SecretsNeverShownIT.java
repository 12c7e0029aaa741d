package io.newsflow.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.dashboard.DashboardConfig;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.alert.DeliveryConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 9, secrets: SASL passwords, registry credentials, webhook secrets and dashboard tokens are
 * configured everywhere they can be, then commands and stage start-ups run (help, failing start-ups,
 * wrong values, Kafka clients of every kind, a config dump) while every log event at INFO and above,
 * stdout and stderr are captured; none of the secret strings may appear in any of it. It also checks
 * that the kafka.* keys that carry SASL_SSL/SCRAM settings reach every client the stages build.
 */
class SecretsNeverShownIT {
    private static final String SASL_PASSWORD = "S3cr3t-sasl-pw-7781";
    private static final String REGISTRY_PASSWORD = "S3cr3t-registry-pw-5520";
    private static final String WEBHOOK_SECRET = "S3cr3t-webhook-9134";
    private static final String DASHBOARD_TOKEN = "S3cr3t-dashboard-token-4471";
    private static final String TRUSTSTORE_PASSWORD = "S3cr3t-truststore-pw-1029";
    private static final List<String> SECRETS = List.of(SASL_PASSWORD, REGISTRY_PASSWORD, WEBHOOK_SECRET, DASHBOARD_TOKEN,
            TRUSTSTORE_PASSWORD);

    @TempDir
    Path dataDir;

    private final StringWriter logs = new StringWriter();
    private final StringBuilder printed = new StringBuilder();
    private WriterAppender appender;
    private Level rootLevel;
    private Level kafkaLevel;

    @BeforeEach
    void captureEveryLogEvent() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secrets-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%-5level %c - %msg %throwable%n").build()).build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        rootLevel = config.getRootLogger().getLevel();
        kafkaLevel = LogManager.getLogger("org.apache.kafka").getLevel();
        // Kafka clients print their whole configuration at INFO: exactly what must stay masked.
        Configurator.setRootLevel(Level.INFO);
        Configurator.setLevel("org.apache.kafka", Level.INFO);
        Configurator.setLevel("io.newsflow", Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender("secrets-capture");
        appender.stop();
        Configurator.setRootLevel(rootLevel);
        Configurator.setLevel("org.apache.kafka", kafkaLevel);
        Configurator.setLevel("io.newsflow", Level.INFO);
    }

    private Map<String, String> secretSettings(int closedPort) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kafka.bootstrap.servers", "127.0.0.1:" + closedPort);
        values.put("kafka.security.protocol", "SASL_PLAINTEXT");
        values.put("kafka.sasl.mechanism", "SCRAM-SHA-512");
        values.put("kafka.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newsflow\" password=\"" + SASL_PASSWORD + "\";");
        values.put("kafka.request.timeout.ms", "2000");
        values.put("kafka.default.api.timeout.ms", "3000");
        values.put("registry.url", "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7");
        values.put("registry.basic.auth.user.info", "newsflow:" + REGISTRY_PASSWORD);
        values.put("registry.retry.max.attempts", "2");
        values.put("registry.retry.backoff.ms", "10");
        values.put("alerts.webhook.secret.ops", WEBHOOK_SECRET);
        values.put("dashboard.token", DASHBOARD_TOKEN);
        values.put("data.dir", dataDir.toString());
        values.put("enrich.state.dir", dataDir.resolve("state").toString());
        return values;
    }

    @Test
    void secretsNeverAppearInHelpErrorsLogsOrConfigDumps() throws Exception {
        int closedPort = closedPort();
        Map<String, String> values = secretSettings(closedPort);
        List<String> sets = new ArrayList<>();
        values.forEach((k, v) -> {
            sets.add("--set");
            sets.add(k + "=" + v);
        });

        run("--help");
        for (String command : List.of("run", "ingest", "enrich", "sink", "dashboard", "export", "replay", "rules", "alerts", "chaos", "eval", "bench")) {
            run(with(sets, command, "--help"));
        }
        // a failing start-up with every secret configured: export against a PostgreSQL with a password in its URL
        run(with(sets, "export", "--jdbc", "jdbc:postgresql://127.0.0.1:" + closedPort + "/x?user=u&password=" + REGISTRY_PASSWORD));
        // a wrong secret value: the error must name the key, not show the value
        run(with(List.of("--set", "dashboard.token=" + SASL_PASSWORD.substring(0, 12)), "dashboard", "--port", "0"));
        run(with(sets, "dashboard", "--host", "0.0.0.0", "--set", "dashboard.token=" + WEBHOOK_SECRET.substring(0, 10)));

        Settings settings = Settings.empty().with(values, "test");
        printed.append(settings.describe()).append('\n');
        ClusterConfig cluster = ClusterConfig.from(settings);
        EnrichConfig enrich = EnrichConfig.from(settings);
        printed.append(cluster).append('\n').append(enrich).append('\n').append(SinkConfig.from(settings)).append('\n')
                .append(DeliveryConfig.from(settings)).append('\n').append(DashboardConfig.from(settings)).append('\n');

        // the registry client at start-up, unreachable, with basic auth
        try {
            new SchemaRegistrar(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry())).registerAll(cluster.topics());
        } catch (RuntimeException e) {
            printed.append(e).append('\n');
        }

        // every kind of Kafka client the stages build, from the stages' own property maps
        Map<String, Object> producerProps = RawArticlePublisher.producerProperties(cluster);
        Map<String, Object> consumerProps = SinkService.consumerProperties(cluster, "secrets-test", 10);
        Map<String, Object> deadLetterProps = SinkService.deadLetterProducerProperties(cluster);
        Properties streamsProps = EnrichService.properties(enrich, null);
        for (Map<?, ?> props : List.of(producerProps, consumerProps, deadLetterProps, streamsProps, cluster.clientProperties())) {
            assertThat(props.get("security.protocol")).isEqualTo("SASL_PLAINTEXT");
            assertThat(props.get("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
            assertThat(String.valueOf(props.get("sasl.jaas.config"))).contains(SASL_PASSWORD);
        }
        new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer()).close();
        new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer()).close();
        Admin.create(cluster.clientProperties()).close();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(cluster.topics().raw()).to(cluster.topics().enriched());
        new KafkaStreams(builder.build(), streamsProps).close();

        String everything = logs + "\n" + printed;
        assertThat(logs.toString()).as("the capture saw Kafka's client configuration dumps").contains("sasl.jaas.config");
        assertThat(everything).contains("registry");
        for (String secret : SECRETS) {
            assertThat(everything).as("secret %s must never be shown", secret).doesNotContain(secret);
            assertThat(everything).doesNotContain(secret.substring(0, 10));
        }
    }

    private static String[] with(List<String> sets, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        // options after the command name: picocli reads --set on each subcommand
        all.addAll(1, sets);
        return all.toArray(String[]::new);
    }

    private void run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine commandLine = Newsflow.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
            commandLine.execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        printed.append(out.toString(StandardCharsets.UTF_8)).append('\n').append(err).append('\n');
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
