package io.newsflow.app.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for replays on stderr: records done of total, percent, rate and ETA, redrawn at
 * most twice a second. The rate counts only this run's records, so a resumed replay does not claim the
 * earlier run's work as speed.
 */
final class ProgressLine {
    private static final long REDRAW_NANOS = 500_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private long startNanos = -1;
    private long doneAtStart;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    synchronized void update(long done, long total) {
        long now = nanoTime.getAsLong();
        if (startNanos < 0) {
            startNanos = now;
            doneAtStart = done;
            lastDraw = now - REDRAW_NANOS;
        }
        if (now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(done, total, (now - startNanos) / 1e9));
        out.flush();
        drawn = true;
    }

    String line(long done, long total, double seconds) {
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = (done - doneAtStart) / Math.max(seconds, 1e-3);
        String eta = fraction >= 1 ? "0:00" : rate <= 0 ? "--:--" : format(Duration.ofSeconds((long) ((total - done) / rate)));
        return String.format("[%s%s] %3d%%  %,d of %,d records  %,.0f/s  ETA %s ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), (int) (fraction * 100), done, total, rate, eta);
    }

    /** Ends the line, so what follows starts on a fresh one. */
    synchronized void finish() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
