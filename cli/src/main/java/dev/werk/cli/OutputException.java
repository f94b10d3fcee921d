package dev.werk.cli;

/**
 * Writing an output failed (standard output or {@code --out}): disk full, a folder that vanished,
 * a closed standard output. Not bad input data: exit {@link ExitCodes#OUTPUT}, one line
 * {@code cannot write FILE: reason}. A broken pipe on standard output (the reader stopped early,
 * as {@code | head} does) is flagged so that werk stops quietly instead.
 */
final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean brokenPipe;

    OutputException(String target, String reason, boolean brokenPipe) {
        super("cannot write " + target + ": " + reason);
        this.brokenPipe = brokenPipe;
    }

    /** True when standard output's reader went away (EPIPE): not reported, exit 0. */
    boolean brokenPipe() {
        return brokenPipe;
    }
}
