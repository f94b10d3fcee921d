package dev.werk.cli;

/** Every exit status werk returns, in one place. */
final class ExitCodes {
    /** The job is done. */
    static final int OK = 0;
    /** A bug in werk: an exception nobody anticipated (reported with its stack trace). */
    static final int INTERNAL = 1;
    /**
     * The command line is wrong: unknown option, missing argument, input file that does not exist
     * or cannot be opened, an output path that is one of the inputs.
     */
    static final int USAGE = 2;
    /** An input file cannot be scored: bad UTF-8, duplicate ids, unmatched ids, malformed lines. */
    static final int DATA = 3;
    /** A CI gate of {@code werk compare} failed (--fail-if-worse, --max-wer, --require-significant). */
    static final int GATE = 4;
    /** The output could not be written: disk full, folder gone, standard output closed. */
    static final int OUTPUT = 5;

    private ExitCodes() {
    }
}
