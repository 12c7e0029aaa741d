package io.newsflow.ingest.archive;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn at most 5 times a second: percent of bytes read,
 * articles, articles per second and the remaining time estimated from the byte rate. Shown only for
 * loads that last more than a second, so small inputs print nothing but their summary.
 */
public final class TerminalProgressBar implements ProgressListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private long total;
    private int files;
    private long startNanos;
    private long lastDraw;
    private boolean drawn;

    public TerminalProgressBar(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    /** Bar on stderr when a terminal is attached (or {@code forced}), otherwise nothing. */
    public static ProgressListener forStderr(boolean forced) {
        return forced || System.console() != null ? new TerminalProgressBar(System.err, System::nanoTime) : NONE;
    }

    @Override
    public void started(long totalBytes, int fileCount) {
        this.total = Math.max(totalBytes, 1);
        this.files = fileCount;
        this.startNanos = nanoTime.getAsLong();
        this.lastDraw = startNanos;
    }

    @Override
    public void progressed(long bytesRead, long articles) {
        long now = nanoTime.getAsLong();
        if (now - startNanos < QUIET_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(bytesRead, articles, now);
    }

    private void draw(long bytesRead, long articles, long now) {
        double fraction = Math.min(1.0, bytesRead / (double) total);
        double seconds = (now - startNanos) / 1e9;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = fraction > 0 && fraction < 1 ? format(Duration.ofSeconds((long) (seconds * (1 - fraction) / fraction))) : "--:--";
        out.printf("\r[%s%s] %3d%%  %,d articles  %,.0f/s  %,d files  ETA %s ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), (int) (fraction * 100), articles,
                articles / Math.max(seconds, 1e-3), files, eta);
        out.flush();
        drawn = true;
    }

    @Override
    public void finished() {
        if (drawn) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }
}
