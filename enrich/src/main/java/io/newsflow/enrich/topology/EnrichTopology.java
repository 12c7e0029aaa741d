package io.newsflow.enrich.topology;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.dedup.DedupPolicy;
import io.newsflow.enrich.dedup.DedupProcessorSupplier;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topic.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * Builds the enrich topology:
 * <pre>
 *   news.raw -> enrich -> [repartition to 1 partition] -> dedup -> news.enriched
 *                                                               -> in-line branches (alerts)
 *   news.enriched -> every other EnrichedBranch (entity trends)
 * </pre>
 * Dedup runs in one task because a copy of a story arrives under another id, hence on another
 * partition: one partition is the only place where every earlier article can be looked up, and it
 * makes the choice of "first" follow one total order. Enrichment, the expensive part, stays spread over
 * the partitions of news.raw and the stream threads. Most branches read news.enriched back, so they see
 * exactly what was published and scale with its partitions again. An {@link EnrichedBranch#inline() in-line}
 * branch (alert matching) instead hangs off the dedup step itself: it sees the very record published,
 * every copy of a story in the same task, and its output commits in the article's own transaction, two
 * exactly-once hops sooner than through a read-back and a repartition.
 *
 * <p>A bounded replay ({@link #replaying}) runs the same topology under its own application id: an admit
 * step right after the source keeps the records of its range and marks them with {@link #REPLAY_HEADER}
 * (carried through to news.enriched). Branches only take the records of their own run: a live
 * application's branches skip every replayed record, a replay's branches take only its own, so a replay
 * running beside the live application neither double counts trends nor alerts through the live store.
 *
 * <p>The topology needs the dead-letter handlers in its configuration: see {@link #errorHandling(Topics)}.
 */
public final class EnrichTopology {
    /** Processor names; they appear as the stage header of dead letters. */
    public static final String SOURCE = "raw-source";
    public static final String ENRICH = "enrich";
    public static final String DEDUP_INPUT = "dedup-input";
    public static final String DEDUP = "dedup";
    public static final String SINK = "enriched-sink";
    public static final String BRANCH_SOURCE = "enriched-source";
    public static final String REPLAY_ADMIT = "replay-admit";
    public static final String BRANCH_SCOPE = "branch-scope";
    /** The {@link CommitPacer} steps, one at the head of each sub-topology so that every stream thread has one. */
    public static final String PACE_RAW = "pace-raw";
    public static final String PACE_DEDUP = "pace-dedup";
    public static final String PACE_BRANCHES = "pace-branches";
    /** Header on every record a replay writes to news.enriched; its value is the replay's application id. */
    public static final String REPLAY_HEADER = "newsflow.replay";

    private final Topics topics;
    private final EnrichSerdes serdes;
    private final ArticleEnricher enricher;
    private final int enrichmentVersion;
    private final int maxBodyChars;
    private final DedupPolicy dedup;
    private final List<EnrichedBranch> branches;
    private final String replayId;
    private final FixedKeyProcessorSupplier<String, RawArticle, RawArticle> admit;

    /**
     * @param enricher shared by every stream thread (it is thread-safe and holds the models once)
     * @param branches attached in this order, in line after dedup or to news.enriched read back (see
     *     {@link EnrichedBranch#inline()}); may be empty
     */
    public EnrichTopology(Topics topics, EnrichSerdes serdes, ArticleEnricher enricher, int enrichmentVersion,
                          int maxBodyChars, DedupPolicy dedup, List<EnrichedBranch> branches) {
        this(topics, serdes, enricher, enrichmentVersion, maxBodyChars, dedup, branches, null, null);
    }

    private EnrichTopology(Topics topics, EnrichSerdes serdes, ArticleEnricher enricher, int enrichmentVersion,
                           int maxBodyChars, DedupPolicy dedup, List<EnrichedBranch> branches, String replayId,
                           FixedKeyProcessorSupplier<String, RawArticle, RawArticle> admit) {
        this.replayId = replayId;
        this.admit = admit;
        this.topics = topics;
        this.serdes = serdes;
        this.enricher = enricher;
        this.enrichmentVersion = enrichmentVersion;
        this.maxBodyChars = maxBodyChars;
        this.dedup = dedup;
        this.branches = List.copyOf(branches);
    }

    /** The topology as configured by {@code config} (topics, version, body limit, dedup policy). */
    public static EnrichTopology from(EnrichConfig config, EnrichSerdes serdes, ArticleEnricher enricher,
                                      List<EnrichedBranch> branches) {
        return new EnrichTopology(config.cluster().topics(), serdes, enricher, config.enrichmentVersion(),
                config.maxBodyChars(),
                new DedupPolicy(config.dedupWindow(), config.dedupRetention(), config.dedupMaxDistance()), branches);
    }

    /**
     * The same topology as a bounded replay.
     *
     * @param replayId the replay's application id, the value of {@link #REPLAY_HEADER}
     * @param admit forwards the raw records of the replay's range, each with {@link #REPLAY_HEADER} set to
     *     {@code replayId}, and drops the others
     */
    public EnrichTopology replaying(String replayId, FixedKeyProcessorSupplier<String, RawArticle, RawArticle> admit) {
        return new EnrichTopology(topics, serdes, enricher, enrichmentVersion, maxBodyChars, dedup, branches, replayId, admit);
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, RawArticle> raw = builder.stream(topics.raw(),
                Consumed.with(Serdes.String(), serdes.rawArticle()).withName(SOURCE));
        raw = raw.processValues(CommitPacer.<String, RawArticle>step(), Named.as(PACE_RAW));
        if (admit != null) {
            raw = raw.processValues(admit, Named.as(REPLAY_ADMIT));
        }
        KStream<String, EnrichedArticle> deduplicated = raw
                .process(() -> new EnrichProcessor(enricher, enrichmentVersion, maxBodyChars), Named.as(ENRICH))
                .repartition(Repartitioned.<String, EnrichedArticle>as(DEDUP_INPUT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(serdes.enrichedArticle())
                        .withNumberOfPartitions(1))
                .processValues(CommitPacer.<String, EnrichedArticle>step(), Named.as(PACE_DEDUP))
                .processValues(new DedupProcessorSupplier(dedup), Named.as(DEDUP));
        deduplicated.to(topics.enriched(), Produced.with(Serdes.String(), serdes.enrichedArticle()).withName(SINK));

        branches.stream().filter(EnrichedBranch::inline).forEach(branch -> branch.attach(builder, deduplicated));
        List<EnrichedBranch> readBack = branches.stream().filter(branch -> !branch.inline()).toList();
        if (!readBack.isEmpty()) {
            KStream<String, EnrichedArticle> enriched = builder.stream(topics.enriched(),
                    Consumed.with(Serdes.String(), serdes.enrichedArticle()).withName(BRANCH_SOURCE))
                    .processValues(CommitPacer.<String, EnrichedArticle>step(), Named.as(PACE_BRANCHES))
                    .processValues(() -> new BranchScope<EnrichedArticle>(replayId), Named.as(BRANCH_SCOPE));
            readBack.forEach(branch -> branch.attach(builder, enriched));
        }
        return builder.build();
    }

    /**
     * The Streams settings that route unreadable and unprocessable records to news.dlq and continue.
     * Both {@code EnrichService} and tests apply them.
     */
    public static Map<String, Object> errorHandling(Topics topics) {
        Map<String, Object> props = new HashMap<>();
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        // The alert rules arrive through a global store: a rule record that fails there must reach the
        // dead-letter topic too, not stop the global thread (and with it every instance's matching).
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        return props;
    }
}
