package dev.werk.core.io;

import java.nio.file.Path;

/**
 * Input data that werk cannot score: the one base type of every data error, whether it comes from
 * a transcript reader, sclite markup ({@link dev.werk.core.markup.MarkupException}) or a rules
 * file ({@link dev.werk.core.text.RulesFormatException}). It carries the file (null for in-memory
 * input), the line (1-based; 0 when the problem is the file as a whole or the format has no
 * lines), the JSON path of the offending value for JSON input (else null) and what is wrong. Its
 * message is one line meant for the user: {@code ref.trn:12: duplicate utterance id 'a01' (first
 * seen on line 3)} or {@code call.json: results.items[4].type is 'x'; expected ...}.
 */
public class WerkDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String jsonPath;
    private final String problem;

    /** A problem at a line of a file ({@code line} 0: the file as a whole). */
    public WerkDataException(Path file, long line, String problem) {
        this(file, line, null, problem);
    }

    /**
     * A problem at a JSON path ({@code results.items[3].type}); {@code problem} follows the path
     * in the message, e.g. {@code "is not a string"}.
     */
    public static WerkDataException atJsonPath(Path file, String jsonPath, String problem) {
        return new WerkDataException(file, 0, jsonPath, problem);
    }

    /** Every field; a null {@code jsonPath} means none. */
    protected WerkDataException(Path file, long line, String jsonPath, String problem) {
        super(format(file == null ? null : file.toString(), line, jsonPath, problem));
        this.file = file;
        this.line = line;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /** For sources named only by a string (a rules list in memory); the message is {@code message} as given. */
    protected WerkDataException(String message, long line, String problem) {
        super(message);
        this.file = null;
        this.line = line;
        this.jsonPath = null;
        this.problem = problem;
    }

    static String format(String where, long line, String jsonPath, String problem) {
        String w = where == null ? "<input>" : where;
        if (jsonPath != null) {
            return w + ": " + jsonPath + " " + problem;
        }
        return line > 0 ? w + ":" + line + ": " + problem : w + ": " + problem;
    }

    /** The file at fault, or null for in-memory input. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem concerns the whole file (or the format has no lines). */
    public long line() {
        return line;
    }

    /** The JSON path of the offending value ({@code results.items[3].type}), or null. */
    public String jsonPath() {
        return jsonPath;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
