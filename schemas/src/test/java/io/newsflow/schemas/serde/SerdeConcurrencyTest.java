package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CannedRegistry;
import io.newsflow.schemas.registry.CannedRegistry.Answer;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Kafka Streams shares one serde between its stream threads: records written and read concurrently stay intact. */
class SerdeConcurrencyTest {
    @Test
    void oneSerdeSharedByFourThreadsKeepsEveryRecordIntact() throws Exception {
        try (CannedRegistry registry = new CannedRegistry().on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":1}"))) {
            SpecificAvroSerde<RawArticle> serde = new NewsflowSerdes(new SchemaRegistryClient(registry.url(), Map.of())).rawArticle();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    results.add(threads.submit(() -> {
                        int intact = 0;
                        for (int i = 0; i < 2_000; i++) {
                            RawArticle article = SpecificAvroSerdeTest.fullArticle();
                            article.setId(thread + "-" + i);
                            article.setBody("x".repeat(i % 300) + article.getBody());
                            article.setFetchedAt(Instant.ofEpochMilli(i));
                            byte[] bytes = serde.serializer().serialize("news.raw", article);
                            if (serde.deserializer().deserialize("news.raw", bytes).equals(article)) {
                                intact++;
                            }
                        }
                        return intact;
                    }));
                }
                for (Future<Integer> result : results) {
                    assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(2_000);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(registry.count("POST /subjects/news.raw-value/versions")).isBetween(1L, 4L);
        }
    }
}
