package io.newsflow.ingest.archive;

/** Told how far an archive load is, so a long backfill shows rate and ETA; {@link #NONE} for quiet runs. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(long totalBytes, int files) {
        }

        @Override
        public void progressed(long bytesRead, long articles) {
        }

        @Override
        public void finished() {
        }
    };

    void started(long totalBytes, int files);

    /** Called often: implementations must be cheap and throttle their own output. */
    void progressed(long bytesRead, long articles);

    void finished();
}
