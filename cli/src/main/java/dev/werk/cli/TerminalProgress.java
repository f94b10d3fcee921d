package dev.werk.cli;

import dev.werk.core.Scorer;
import java.io.PrintWriter;

/**
 * Shows "aligned N/M utterances" on stderr, rewritten in place, when stderr is a terminal (the
 * launcher sets {@code -Dwerk.progress=true} after testing it) and the job is long enough to need
 * it. Never writes to a pipe or a log.
 */
final class TerminalProgress implements Scorer.Progress {
    /** Don't draw anything for jobs shorter than this. */
    private static final long DELAY_NANOS = 500_000_000L;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress display for {@code err}, or {@link Scorer.Progress#NONE} when stderr is not a terminal. */
    static Scorer.Progress forStderr(PrintWriter err) {
        return Boolean.getBoolean("werk.progress") ? new TerminalProgress(err) : Scorer.Progress.NONE;
    }

    @Override
    public void update(int done, int total) {
        long now = System.nanoTime();
        if (done >= total) {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
            }
            return;
        }
        if (now - started < DELAY_NANOS || now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\rwerk: aligned " + done + "/" + total + " utterances");
        err.flush();
    }
}
