package dev.werk.cli;

/** A mistake on the command line that picocli's own checks cannot see (e.g. a missing file); exit 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
