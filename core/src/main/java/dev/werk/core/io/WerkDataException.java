package dev.werk.core.io;

import java.nio.file.Path;

/**
 * Input data that werk cannot score, with the file, the line (1-based; 0 when the problem is the
 * file as a whole) and what is wrong. Its message is one line meant for the user:
 * {@code ref.trn:12: duplicate utterance id 'a01' (first seen on line 3)}.
 */
public final class WerkDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public WerkDataException(Path file, long line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String format(Path file, long line, String problem) {
        String where = file == null ? "<input>" : file.toString();
        return line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem;
    }

    /** The file at fault, or null for in-memory input. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
