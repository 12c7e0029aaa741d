package io.newsflow.bench.serde;

import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.schemas.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One EnrichedArticle through newsflow's Confluent-wire serde (magic byte, schema id, Avro body; the id
 * cached after the first call, as in a running stage) beside Avro's own {@link SpecificDatumWriter} and
 * {@link SpecificDatumReader} with a reused encoder and decoder and no framing. The article is real: the
 * 898-word text enriched by {@link NlpArticleEnricher} at setup (entities, mentions, sentence tones, keywords).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SerdeBenchmark {
    private static final String TOPIC = Topics.defaults().enriched();

    private EnrichedArticle article;
    private SpecificAvroSerializer<EnrichedArticle> serializer;
    private SpecificAvroDeserializer<EnrichedArticle> deserializer;
    private byte[] wire;

    private SpecificDatumWriter<EnrichedArticle> writer;
    private SpecificDatumReader<EnrichedArticle> reader;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    private BinaryEncoder encoder;
    private BinaryDecoder decoder;
    private byte[] plain;

    @Setup
    public void setUp() throws IOException {
        Instant published = Instant.parse("2026-11-28T09:00:00Z");
        RawArticle raw = RawArticle.newBuilder()
                .setId("bench-article").setUrl("https://example.org/world/bench-article")
                .setTitle(BenchArticle.title()).setBody(BenchArticle.body()).setSource("Example News")
                .setFeedUrl("https://example.org/rss").setPublishedAt(published).setFetchedAt(published.plusSeconds(60))
                .setContentHash("ab".repeat(32))
                .build();
        article = new NlpArticleEnricher(NlpConfig.defaults()).enrich(raw, 1);

        try (OneSchemaRegistry registry = new OneSchemaRegistry()) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), Map.of());
            serializer = new SpecificAvroSerializer<>(client, EnrichedArticle.class, false);
            deserializer = new SpecificAvroDeserializer<>(client, EnrichedArticle.class, false);
            wire = serializer.serialize(TOPIC, article);
            if (!article.equals(deserializer.deserialize(TOPIC, wire))) {
                throw new IllegalStateException("the wire serde did not round-trip the article");
            }
        }

        writer = new SpecificDatumWriter<>(EnrichedArticle.class);
        reader = new SpecificDatumReader<>(EnrichedArticle.class);
        plain = plainEncode();
        if (!article.equals(plainDecode())) {
            throw new IllegalStateException("plain Avro did not round-trip the article");
        }
        System.out.printf(Locale.ROOT, "%nEnrichedArticle: %,d chars of text, %d entities, %d mentions, %d sentences,"
                        + " %d keywords; %,d bytes on the wire, %,d plain%n",
                article.getTitle().length() + article.getBody().length(), article.getEntities().size(),
                article.getMentions().size(), article.getSentences().size(), article.getKeywords().size(),
                wire.length, plain.length);
    }

    @Benchmark
    public byte[] wireEncode() {
        return serializer.serialize(TOPIC, article);
    }

    @Benchmark
    public EnrichedArticle wireDecode() {
        return deserializer.deserialize(TOPIC, wire);
    }

    @Benchmark
    public byte[] plainEncode() throws IOException {
        out.reset();
        encoder = EncoderFactory.get().binaryEncoder(out, encoder);
        writer.write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Benchmark
    public EnrichedArticle plainDecode() throws IOException {
        decoder = DecoderFactory.get().binaryDecoder(plain, decoder);
        return reader.read(null, decoder);
    }
}
