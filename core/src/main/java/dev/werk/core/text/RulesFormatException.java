package dev.werk.core.text;

import dev.werk.core.io.WerkDataException;
import java.nio.file.Path;

/**
 * A line of a substitution rules file that cannot be read, or a rules file that is not UTF-8 text:
 * a {@link WerkDataException} whose message reads {@code <source>:<line>: <problem>: <the line>}
 * ({@code <source>:<line>: <problem>} when the line cannot be shown).
 */
public final class RulesFormatException extends WerkDataException {
    private static final long serialVersionUID = 1L;

    /** The name of the file or source the line came from. */
    private final String sourceName;

    RulesFormatException(String sourceName, int lineNumber, String problem, String line) {
        super(sourceName + ":" + lineNumber + ": " + problem + ": " + line, lineNumber, problem + ": " + line);
        this.sourceName = sourceName;
    }

    /** A rules file that cannot be decoded, named by its path. */
    RulesFormatException(Path file, long lineNumber, String problem) {
        super(file, lineNumber, problem);
        this.sourceName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The name of the file or source the offending line came from. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return (int) line();
    }
}
