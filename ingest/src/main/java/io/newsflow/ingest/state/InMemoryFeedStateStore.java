package io.newsflow.ingest.state;

import io.newsflow.schemas.avro.FeedState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Feed state in a map: for tests, and to hand state from one scheduler to the next ("restart") in them. */
public final class InMemoryFeedStateStore implements FeedStateStore {
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();

    @Override
    public void save(FeedState state) {
        states.put(state.getFeedUrl(), FeedState.newBuilder(state).build());
    }

    public Optional<FeedState> get(String feedUrl) {
        return Optional.ofNullable(states.get(feedUrl)).map(s -> FeedState.newBuilder(s).build());
    }

    public Map<String, FeedState> all() {
        return Map.copyOf(states);
    }

    @Override
    public void close() {
    }
}
