package dev.werk.core.text;

/**
 * A line of a substitution rules file that cannot be read. The message reads {@code
 * <source>:<line>: <problem>: <the line>}.
 */
public final class RulesFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name of the file or source the line came from. */
    private final String sourceName;
    /** 1-based number of the offending line. */
    private final int lineNumber;

    RulesFormatException(String sourceName, int lineNumber, String problem, String line) {
        super(sourceName + ":" + lineNumber + ": " + problem + ": " + line);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
    }

    /** The name of the file or source the offending line came from. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }
}
